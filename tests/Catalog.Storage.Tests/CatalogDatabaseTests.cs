using Catalog.Domain.Crawling;
using Catalog.Testing;
using Microsoft.Data.Sqlite;
using static Catalog.Testing.ToolDefinitionBuilder;

namespace Catalog.Storage.Tests;

public sealed class CatalogDatabaseTests : IDisposable
{
    private readonly TemporaryDirectory folder = new("catalog-database");

    [Fact]
    public void Open_MissingFolders_CreatesThemAndTheFile()
    {
        // Given a path under folders that do not exist
        var path = folder.Combine("a", "b", "catalog.db");

        // When it is opened
        using var database = CatalogDatabase.Open(path);

        // Then the file exists and the database reports its full path
        Assert.True(File.Exists(path));
        Assert.Equal(Path.GetFullPath(path), database.Path);
    }

    [Fact]
    public void Open_Always_PutsTheFileInWalMode()
    {
        // Given a database opened by the store
        var path = folder.Combine("catalog.db");
        using var database = CatalogDatabase.Open(path);

        // When another connection asks for the journal mode
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        // Then it is WAL, which is a property of the file
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Open_Always_EnforcesForeignKeys()
    {
        // Given a fresh database with no run 42
        using var database = CatalogDatabase.Open(folder.Combine("catalog.db"));

        // When a snapshot names run 42
        var error = Assert.Throws<SqliteException>(() => database.Servers.SaveSnapshot(42, Snapshots.Server("acme", Tool("ping"))));

        // Then the foreign key refuses it and nothing is stored
        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.Ordinal);
        Assert.Null(database.Reader.FindServer("acme"));
    }

    [Fact]
    public void Reopen_AfterDispose_SeesEverythingWritten()
    {
        // Given a run, a server and a finished run written and the database closed
        var path = folder.Combine("catalog.db");
        long runId;
        using (var database = CatalogDatabase.Open(path))
        {
            var run = database.Runs.StartRun("crawl", "local:test");
            runId = run.Id;
            database.Servers.SaveSnapshot(run.Id, Snapshots.Server("acme", Tool("ping", "Checks the service.")));
            database.Runs.FinishRun(run.Id, CrawlRunStatus.Succeeded, new CrawlRunCounts { ServersSeen = 1 });
        }

        // When the file is opened again
        using var reopened = CatalogDatabase.Open(path);

        // Then all of it is there
        var server = Assert.Single(reopened.Reader.ReadServers());
        Assert.Equal("Checks the service.", Assert.Single(server.Tools).Definition.Description);
        Assert.Equal(CrawlRunStatus.Succeeded, reopened.Runs.FindRun(runId)?.Status);
    }

    [Fact]
    public void Dispose_Always_ReleasesTheFile()
    {
        // Given a database opened and disposed
        var path = folder.Combine("catalog.db");
        CatalogDatabase.Open(path).Dispose();

        // When the file is deleted, then nothing holds it
        File.Delete(path);
        Assert.False(File.Exists(path));
    }

    public void Dispose() => folder.Dispose();
}
