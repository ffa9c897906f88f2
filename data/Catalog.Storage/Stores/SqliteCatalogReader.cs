using System.Globalization;
using Catalog.Domain.Catalog;
using Catalog.Domain.Stores;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>
/// Reads the catalogue. <see cref="ReadServers"/> uses a read-only connection of its own, inside one read
/// transaction, so a long enumeration sees one consistent state and the writer stays free meanwhile.
/// </summary>
internal sealed class SqliteCatalogReader : ICatalogReader, IDisposable
{
    private readonly string databasePath;
    private readonly SqliteConnection connection;
    private readonly CatalogServerLoader loader;
    private readonly PreparedCommands commands;
    private readonly SqliteCommand findServer;
    private readonly SqliteCommand readChanges;
    private readonly SqliteCommand readStamps;

    public SqliteCatalogReader(string databasePath, SqliteConnection connection)
    {
        this.databasePath = databasePath;
        this.connection = connection;
        loader = new CatalogServerLoader(connection);
        commands = new PreparedCommands(connection);
        findServer = commands.Add($"{CatalogServerLoader.ServerSelect} WHERE slug = $slug");
        readChanges = commands.Add(
            "SELECT s.slug, t.name, c.kind, c.at, c.run_id, c.version " +
            "FROM tool_changes c JOIN tools t ON t.id = c.tool_id JOIN servers s ON s.id = t.server_id " +
            "ORDER BY c.at DESC, c.id DESC LIMIT $limit");

        // The instance is a subquery rather than a join, so a catalogue that lost its instance row fails loudly
        // instead of reporting no servers at all.
        readStamps = commands.Add(
            "SELECT slug, id, site_revision, (SELECT instance FROM catalog_instance WHERE id = 1) FROM servers ORDER BY slug");
    }

    /// <inheritdoc />
    /// <remarks>Lazy: nothing is read until enumeration starts; dispose the enumerator (foreach does) to release the connection.</remarks>
    public IEnumerable<CatalogServer> ReadServers()
    {
        using var readConnection = SqliteConnectionFactory.OpenReader(databasePath);
        using var transaction = readConnection.BeginTransaction(deferred: true);
        using var readLoader = new CatalogServerLoader(readConnection);
        using var command = readConnection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"{CatalogServerLoader.ServerSelect} ORDER BY slug";
        using var servers = command.ExecuteReader();
        while (servers.Read())
        {
            yield return readLoader.Load(transaction, servers);
        }
    }

    public CatalogServer? FindServer(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        using var transaction = connection.BeginTransaction(deferred: true);
        using var server = findServer.In(transaction).Set("$slug", slug).ExecuteReader();
        return server.Read() ? loader.Load(transaction, server) : null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A stamp reads <c>instance:server-id:revision</c>: the catalogue file's random instance id, made when the schema
    /// was created, and a revision that triggers replace with a random value on every write the server's reading
    /// would show. One query over <c>servers</c>; no tool is read. A caller that caches servers by stamp reads the
    /// stamps before the servers: a write in between then costs one extra read next time, never a stale page.
    /// </remarks>
    /// <exception cref="InvalidDataException">The catalogue has lost its instance id.</exception>
    public IReadOnlyList<ServerStamp> ReadServerStamps()
    {
        using var reader = readStamps.In(null).ExecuteReader();
        var stamps = new List<ServerStamp>();
        while (reader.Read())
        {
            var instance = reader.GetStringOrNull(3)
                ?? throw new InvalidDataException("The catalogue has no instance id (table catalog_instance is empty), so its stamps cannot be told from another file's.");
            stamps.Add(new ServerStamp(
                reader.GetString(0),
                string.Create(CultureInfo.InvariantCulture, $"{instance}:{reader.GetInt64(1)}:{reader.GetInt64(2)}")));
        }

        return stamps;
    }

    public IReadOnlyList<ToolChange> ReadChanges(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        using var reader = readChanges.In(null).Set("$limit", limit).ExecuteReader();
        var changes = new List<ToolChange>();
        while (reader.Read())
        {
            changes.Add(new ToolChange(
                ServerSlug: reader.GetString(0),
                ToolName: reader.GetString(1),
                Kind: StoredNames.ChangeKind(reader.GetString(2)),
                At: StoredTime.Read(reader.GetString(3)),
                CrawlRunId: reader.GetInt64(4),
                Version: reader.GetInt32(5)));
        }

        return changes;
    }

    public void Dispose()
    {
        commands.Dispose();
        loader.Dispose();
    }
}
