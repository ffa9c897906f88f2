using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;
using Catalog.Domain.Stores;
using Catalog.Domain.Tools;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>
/// Writes crawl snapshots: compares each with what is stored and writes only the differences, so a rerun
/// that finds nothing new leaves every row as it was except the server's <c>last_seen_run</c>.
/// </summary>
internal sealed class SqliteServerStore : IServerStore, IDisposable
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private readonly PreparedCommands commands;
    private readonly SqliteCommand findServer;
    private readonly SqliteCommand insertServer;
    private readonly SqliteCommand updateServerFacts;
    private readonly SqliteCommand markServerSeen;
    private readonly SqliteCommand markServerUpdated;
    private readonly SqliteCommand listTools;
    private readonly SqliteCommand insertTool;
    private readonly SqliteCommand setToolCurrent;
    private readonly SqliteCommand markToolRemoved;
    private readonly SqliteCommand insertVersion;
    private readonly SqliteCommand moveVersion;
    private readonly SqliteCommand insertChange;

    public SqliteServerStore(SqliteConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
        commands = new PreparedCommands(connection);
        findServer = commands.Add($"SELECT id, {ServerColumns.ColumnList} FROM servers WHERE slug = $slug");
        insertServer = commands.Add(
            $"INSERT INTO servers (slug, {ServerColumns.ColumnList}, first_seen_run, last_seen_run, updated_at, updated_run) " +
            $"VALUES ($slug, {ServerColumns.ParameterList}, $run, $run, $now, $run) RETURNING id");
        updateServerFacts = commands.Add($"UPDATE servers SET {ServerColumns.UpdateList} WHERE id = $id");
        markServerSeen = commands.Add("UPDATE servers SET last_seen_run = $run WHERE id = $id");
        markServerUpdated = commands.Add("UPDATE servers SET updated_at = $now, updated_run = $run WHERE id = $id");
        listTools = commands.Add(
            "SELECT t.id, t.name, t.current_version, v.id, v.content_hash, t.removed_run IS NOT NULL, v.path, v.line, v.method " +
            "FROM tools t JOIN tool_versions v ON v.tool_id = t.id AND v.version = t.current_version " +
            "WHERE t.server_id = $server ORDER BY t.id");
        insertTool = commands.Add(
            "INSERT INTO tools (server_id, name, current_version, first_seen_run, removed_run) " +
            "VALUES ($server, $name, 1, $run, NULL) RETURNING id");
        setToolCurrent = commands.Add("UPDATE tools SET current_version = $version, removed_run = NULL WHERE id = $id");
        markToolRemoved = commands.Add("UPDATE tools SET removed_run = $run WHERE id = $id");
        insertVersion = commands.Add(
            "INSERT INTO tool_versions (tool_id, version, content_hash, title, description, input_schema, read_only_hint, " +
            "destructive_hint, idempotent_hint, open_world_hint, path, line, method, crawl_run, first_seen_at) " +
            "VALUES ($tool, $version, $content_hash, $title, $description, $input_schema, $read_only_hint, " +
            "$destructive_hint, $idempotent_hint, $open_world_hint, $path, $line, $method, $run, $now)");
        moveVersion = commands.Add("UPDATE tool_versions SET path = $path, line = $line, method = $method WHERE id = $id");
        insertChange = commands.Add(
            "INSERT INTO tool_changes (run_id, tool_id, kind, version, at) VALUES ($run, $tool, $kind, $version, $now)");
    }

    /// <inheritdoc />
    /// <remarks>
    /// <see cref="ServerSnapshot.Skipped"/> is not recorded here; the caller passes it to
    /// <see cref="ICrawlRunStore.RecordSkips"/>. A tool that moved in its file (same content hash, other path,
    /// line or method) keeps its version; its location is updated in place and the server counts as changed,
    /// since its links change. Of several tools sharing a name, the first is kept. A value the schema refuses
    /// (an empty tool name, a negative line) fails the call and nothing of the snapshot is stored.
    /// </remarks>
    public SnapshotOutcome SaveSnapshot(long runId, ServerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.Identity);
        ArgumentNullException.ThrowIfNull(snapshot.Facts);
        ArgumentNullException.ThrowIfNull(snapshot.Tools);

        using var transaction = connection.BeginTransaction();
        var outcome = SaveSnapshot(runId, snapshot, transaction);
        transaction.Commit();
        return outcome;
    }

    /// <summary>Writes a snapshot inside the caller's transaction, so a repository's servers and its crawl state commit together.</summary>
    internal SnapshotOutcome SaveSnapshot(long runId, ServerSnapshot snapshot, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.Identity);
        ArgumentNullException.ThrowIfNull(snapshot.Facts);
        ArgumentNullException.ThrowIfNull(snapshot.Tools);

        var columns = ServerColumns.From(snapshot);
        var write = new SnapshotWrite(runId, StoredTime.Write(clock.GetUtcNow()), transaction);

        var slug = snapshot.Identity.Slug;
        var (serverId, stored) = FindServer(transaction, slug);
        if (stored is not null && !SameServer(stored, columns))
        {
            // Two repositories can fold to one slug ("a/x_y" and "a/x-y"). The server stored first keeps the plain
            // slug; the other gets one suffixed with a hash of its own identity, the same on every run.
            slug = DisambiguatedSlug(slug, columns);
            (serverId, stored) = FindServer(transaction, slug);
        }

        var isNew = serverId is null;
        var factsChanged = false;
        if (serverId is null)
        {
            serverId = columns.BindTo(insertServer.In(transaction))
                .Set("$slug", slug).Set("$run", runId).Set("$now", write.Now)
                .ExecuteInt64();
        }
        else
        {
            factsChanged = stored != columns;
            if (factsChanged)
            {
                columns.BindTo(updateServerFacts.In(transaction)).Set("$id", serverId).ExecuteNonQuery();
            }

            markServerSeen.In(transaction).Set("$run", runId).Set("$id", serverId).ExecuteNonQuery();
        }

        var tally = SaveTools(write, serverId.Value, snapshot.Tools);
        if (!isNew && (factsChanged || tally.AnyChange))
        {
            markServerUpdated.In(transaction).Set("$now", write.Now).Set("$run", runId).Set("$id", serverId).ExecuteNonQuery();
        }

        var kind = isNew ? SnapshotChange.New : factsChanged || tally.AnyChange ? SnapshotChange.Changed : SnapshotChange.Unchanged;
        return new SnapshotOutcome(kind, tally.Added, tally.Changed, tally.Removed);
    }

    public void Dispose() => commands.Dispose();

    /// <summary>GitHub compares repository names without case, so a change of case is the same server.</summary>
    private static bool SameServer(ServerColumns stored, ServerColumns incoming) =>
        string.Equals(stored.Repository, incoming.Repository, StringComparison.OrdinalIgnoreCase)
        && string.Equals(stored.Subfolder, incoming.Subfolder, StringComparison.Ordinal);

    private static string DisambiguatedSlug(string slug, ServerColumns columns)
    {
        var identity = System.Text.Encoding.UTF8.GetBytes(columns.Repository.ToLowerInvariant() + "\n" + columns.Subfolder);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(identity))[..8];
        return $"{slug}-{hash}";
    }

    private (long? Id, ServerColumns? Columns) FindServer(SqliteTransaction transaction, string slug)
    {
        using var reader = findServer.In(transaction).Set("$slug", slug).ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), ServerColumns.Read(reader, 1)) : (null, null);
    }

    private ToolTally SaveTools(SnapshotWrite write, long serverId, IReadOnlyList<ToolDefinition> tools)
    {
        var storedTools = ListTools(write.Transaction, serverId);
        var byName = storedTools.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tally = new ToolTally();

        foreach (var tool in tools)
        {
            ArgumentNullException.ThrowIfNull(tool);
            if (!seen.Add(tool.Name))
            {
                continue;
            }

            if (!byName.TryGetValue(tool.Name, out var stored))
            {
                var toolId = insertTool.In(write.Transaction).Set("$server", serverId).Set("$name", tool.Name).Set("$run", write.RunId).ExecuteInt64();
                InsertVersion(write, toolId, 1, tool);
                InsertChange(write, toolId, ToolChangeKind.Added, 1);
                tally.Added++;
            }
            else if (!string.Equals(stored.ContentHash, tool.ContentHash, StringComparison.Ordinal))
            {
                var version = stored.CurrentVersion + 1;
                InsertVersion(write, stored.Id, version, tool);
                setToolCurrent.In(write.Transaction).Set("$version", version).Set("$id", stored.Id).ExecuteNonQuery();

                // A tool that comes back is news as an addition, whatever its definition is now.
                if (stored.Removed)
                {
                    InsertChange(write, stored.Id, ToolChangeKind.Added, version);
                    tally.Added++;
                }
                else
                {
                    InsertChange(write, stored.Id, ToolChangeKind.Changed, version);
                    tally.Changed++;
                }
            }
            else
            {
                if (stored.Removed)
                {
                    setToolCurrent.In(write.Transaction).Set("$version", stored.CurrentVersion).Set("$id", stored.Id).ExecuteNonQuery();
                    InsertChange(write, stored.Id, ToolChangeKind.Added, stored.CurrentVersion);
                    tally.Added++;
                }

                if (!SameLocation(stored, tool))
                {
                    moveVersion.In(write.Transaction)
                        .Set("$path", tool.Location.Path)
                        .Set("$line", tool.Location.Line)
                        .Set("$method", tool.Method)
                        .Set("$id", stored.CurrentVersionId)
                        .ExecuteNonQuery();
                    tally.Moved++;
                }
            }
        }

        foreach (var stored in storedTools.Where(t => !t.Removed && !seen.Contains(t.Name)))
        {
            markToolRemoved.In(write.Transaction).Set("$run", write.RunId).Set("$id", stored.Id).ExecuteNonQuery();
            InsertChange(write, stored.Id, ToolChangeKind.Removed, stored.CurrentVersion);
            tally.Removed++;
        }

        return tally;
    }

    private List<StoredTool> ListTools(SqliteTransaction transaction, long serverId)
    {
        using var reader = listTools.In(transaction).Set("$server", serverId).ExecuteReader();
        var tools = new List<StoredTool>();
        while (reader.Read())
        {
            tools.Add(new StoredTool(
                Id: reader.GetInt64(0),
                Name: reader.GetString(1),
                CurrentVersion: reader.GetInt32(2),
                CurrentVersionId: reader.GetInt64(3),
                ContentHash: reader.GetString(4),
                Removed: reader.GetFlag(5),
                Path: reader.GetString(6),
                Line: reader.GetInt32(7),
                Method: reader.GetString(8)));
        }

        return tools;
    }

    private void InsertVersion(SnapshotWrite write, long toolId, int version, ToolDefinition tool) =>
        ToolVersionColumns.BindDefinition(insertVersion.In(write.Transaction), tool)
            .Set("$tool", toolId)
            .Set("$version", version)
            .Set("$content_hash", tool.ContentHash)
            .Set("$run", write.RunId)
            .Set("$now", write.Now)
            .ExecuteNonQuery();

    private void InsertChange(SnapshotWrite write, long toolId, ToolChangeKind kind, int version) =>
        insertChange.In(write.Transaction)
            .Set("$run", write.RunId)
            .Set("$tool", toolId)
            .Set("$kind", StoredNames.Of(kind))
            .Set("$version", version)
            .Set("$now", write.Now)
            .ExecuteNonQuery();

    private static bool SameLocation(StoredTool stored, ToolDefinition tool) =>
        string.Equals(stored.Path, tool.Location.Path, StringComparison.Ordinal)
        && stored.Line == tool.Location.Line
        && string.Equals(stored.Method, tool.Method, StringComparison.Ordinal);

    /// <summary>The run, the instant and the transaction every row of one snapshot is written with.</summary>
    private sealed record SnapshotWrite(long RunId, string Now, SqliteTransaction Transaction);

    private sealed class ToolTally
    {
        public int Added { get; set; }
        public int Changed { get; set; }
        public int Removed { get; set; }
        public int Moved { get; set; }
        public bool AnyChange => Added + Changed + Removed + Moved > 0;
    }
}
