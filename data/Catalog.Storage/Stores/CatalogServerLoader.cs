using Catalog.Domain.Catalog;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>
/// Builds one <see cref="CatalogServer"/> from a server row: its current tools with their latest label, and
/// their histories. Two prepared queries per server, so reading a catalogue holds one server at a time.
/// </summary>
internal sealed class CatalogServerLoader : IDisposable
{
    /// <summary>The server columns a caller selects, in the order <see cref="Load"/> reads them.</summary>
    public static string ServerSelect { get; } = $"SELECT id, slug, {ServerColumns.ColumnList}, updated_at FROM servers";

    private readonly PreparedCommands commands;
    private readonly SqliteCommand listTools;
    private readonly SqliteCommand listHistory;

    public CatalogServerLoader(SqliteConnection connection)
    {
        commands = new PreparedCommands(connection);

        // The label shown is the newest for the current definition, whichever classifier wrote it.
        listTools = commands.Add(
            $"SELECT t.id, t.name, {ToolVersionColumns.SelectList}, {ClassificationColumns.SelectList} " +
            "FROM tools t " +
            "JOIN tool_versions v ON v.tool_id = t.id AND v.version = t.current_version " +
            "LEFT JOIN classifications c ON c.id = (SELECT c2.id FROM classifications c2 WHERE c2.tool_version_id = v.id " +
            "ORDER BY c2.classified_at DESC, c2.id DESC LIMIT 1) " +
            "WHERE t.server_id = $server AND t.removed_run IS NULL");
        listHistory = commands.Add(
            "SELECT v.tool_id, v.version, v.content_hash, v.first_seen_at, v.crawl_run, v.description " +
            "FROM tool_versions v JOIN tools t ON t.id = v.tool_id " +
            "WHERE t.server_id = $server AND t.removed_run IS NULL ORDER BY v.tool_id, v.version");
    }

    /// <summary>Reads the server at the current row of <paramref name="server"/>, which selected <see cref="ServerSelect"/>.</summary>
    public CatalogServer Load(SqliteTransaction? transaction, SqliteDataReader server)
    {
        var serverId = server.GetInt64(0);
        var columns = ServerColumns.Read(server, 2);
        var histories = ReadHistories(transaction, serverId);

        var tools = new List<CatalogTool>();
        using (var reader = listTools.In(transaction).Set("$server", serverId).ExecuteReader())
        {
            while (reader.Read())
            {
                var toolId = reader.GetInt64(0);
                tools.Add(new CatalogTool
                {
                    Definition = ToolVersionColumns.ReadDefinition(reader, reader.GetString(1), 2),
                    Classification = ClassificationColumns.ReadOrNull(reader, 2 + ToolVersionColumns.Count),
                    History = histories.TryGetValue(toolId, out var history) ? history : [],
                });
            }
        }

        // Ordinal, as C# compares, rather than SQLite's byte order, which differs for some non-ASCII names.
        tools.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        return new CatalogServer
        {
            Identity = columns.ToIdentity(server.GetString(1)),
            Facts = columns.ToFacts(),
            Source = columns.Source,
            Tools = tools,
            UpdatedAt = StoredTime.Read(server.GetString(2 + ServerColumns.Count)),
        };
    }

    public void Dispose() => commands.Dispose();

    private Dictionary<long, List<ToolVersionInfo>> ReadHistories(SqliteTransaction? transaction, long serverId)
    {
        var histories = new Dictionary<long, List<ToolVersionInfo>>();
        using var reader = listHistory.In(transaction).Set("$server", serverId).ExecuteReader();
        while (reader.Read())
        {
            var toolId = reader.GetInt64(0);
            if (!histories.TryGetValue(toolId, out var history))
            {
                history = [];
                histories.Add(toolId, history);
            }

            history.Add(new ToolVersionInfo(
                Version: reader.GetInt32(1),
                ContentHash: reader.GetString(2),
                FirstSeenAt: StoredTime.Read(reader.GetString(3)),
                CrawlRunId: reader.GetInt64(4),
                Description: reader.GetString(5)));
        }

        return histories;
    }
}
