using Catalog.Domain.Stores;
using Catalog.Storage.Migrations;
using Catalog.Storage.Stores;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage;

/// <summary>
/// The catalogue's SQLite file, migrated to the latest schema, with the Domain stores over it. All writes go
/// through one connection, as SQLite has one writer anyway; so an instance is for one thread at a time.
/// <see cref="ICatalogReader.ReadServers"/> reads through a connection of its own and may run beside writes.
/// </summary>
public sealed class CatalogDatabase : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCrawlRunStore runs;
    private readonly SqliteServerStore servers;
    private readonly SqliteClassificationStore classifications;
    private readonly SqliteCatalogReader reader;
    private readonly SqliteRepositoryStateStore repositories;
    private bool disposed;

    private CatalogDatabase(string path, SqliteConnection connection, TimeProvider clock, int schemaVersion)
    {
        Path = path;
        SchemaVersion = schemaVersion;
        this.connection = connection;
        runs = new SqliteCrawlRunStore(connection, clock);
        servers = new SqliteServerStore(connection, clock);
        classifications = new SqliteClassificationStore(connection, clock);
        reader = new SqliteCatalogReader(path, connection);
        repositories = new SqliteRepositoryStateStore(connection, clock, servers, runs);
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>The schema version the file is at after opening (the latest this build knows).</summary>
    public int SchemaVersion { get; }

    public ICrawlRunStore Runs => runs;

    public IServerStore Servers => servers;

    public IClassificationStore Classifications => classifications;

    public ICatalogReader Reader => reader;

    /// <summary>Per-repository crawl state (ETags, head commits) and replayable responses, for incremental crawls.</summary>
    public IRepositoryStateStore Repositories => repositories;

    /// <summary>Opens the database at <paramref name="path"/>, creating the file and its folder when absent, and migrates it.</summary>
    /// <param name="path">A file path; relative paths are taken from the current folder.</param>
    /// <param name="clock">Stamps every row written; the system clock when null. Tests pass one they control.</param>
    /// <exception cref="SchemaMigrationException">The file was written by a newer build, or a migration failed.</exception>
    public static CatalogDatabase Open(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        clock ??= TimeProvider.System;
        var fullPath = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = SqliteConnectionFactory.OpenWriter(fullPath);
        try
        {
            Migrator.FromEmbeddedScripts().Apply(connection, clock);
            return new CatalogDatabase(fullPath, connection, clock, Migrator.ReadVersion(connection));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        repositories.Dispose();
        reader.Dispose();
        classifications.Dispose();
        servers.Dispose();
        runs.Dispose();
        connection.Dispose();
    }
}
