using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;
using Catalog.Domain.Stores;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>The journal of stage runs and of what each passed over.</summary>
internal sealed class SqliteCrawlRunStore : ICrawlRunStore, IDisposable
{
    private const string RunColumns =
        "id, kind, source, started_at, finished_at, status, servers_seen, servers_new, servers_changed, servers_unchanged, " +
        "servers_failed, tools_added, tools_changed, tools_removed, requests";

    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private readonly PreparedCommands commands;
    private readonly SqliteCommand insertRun;
    private readonly SqliteCommand finishRun;
    private readonly SqliteCommand findRun;
    private readonly SqliteCommand insertSkip;
    private readonly SqliteCommand listSkips;

    public SqliteCrawlRunStore(SqliteConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
        commands = new PreparedCommands(connection);
        insertRun = commands.Add(
            "INSERT INTO crawl_runs (kind, source, started_at, status) VALUES ($kind, $source, $started_at, $status) RETURNING id");
        finishRun = commands.Add(
            "UPDATE crawl_runs SET finished_at = $finished_at, status = $status, servers_seen = $servers_seen, " +
            "servers_new = $servers_new, servers_changed = $servers_changed, servers_unchanged = $servers_unchanged, " +
            "servers_failed = $servers_failed, tools_added = $tools_added, tools_changed = $tools_changed, " +
            "tools_removed = $tools_removed, requests = $requests WHERE id = $id");
        findRun = commands.Add($"SELECT {RunColumns} FROM crawl_runs WHERE id = $id");
        insertSkip = commands.Add("INSERT INTO crawl_skips (run_id, repository, path, reason) VALUES ($run, $repository, $path, $reason)");
        listSkips = commands.Add("SELECT repository, path, reason FROM crawl_skips WHERE run_id = $run ORDER BY id");
    }

    public CrawlRun StartRun(string kind, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(source);
        var startedAt = clock.GetUtcNow().ToUniversalTime();
        var id = insertRun.In(null)
            .Set("$kind", kind)
            .Set("$source", source)
            .Set("$started_at", StoredTime.Write(startedAt))
            .Set("$status", StoredNames.Of(CrawlRunStatus.Running))
            .ExecuteInt64();
        return new CrawlRun { Id = id, Kind = kind, Source = source, StartedAt = startedAt, Status = CrawlRunStatus.Running };
    }

    /// <exception cref="InvalidOperationException">No run has <paramref name="runId"/>.</exception>
    public void FinishRun(long runId, CrawlRunStatus status, CrawlRunCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var updated = finishRun.In(null)
            .Set("$finished_at", StoredTime.Write(clock.GetUtcNow()))
            .Set("$status", StoredNames.Of(status))
            .Set("$servers_seen", counts.ServersSeen)
            .Set("$servers_new", counts.ServersNew)
            .Set("$servers_changed", counts.ServersChanged)
            .Set("$servers_unchanged", counts.ServersUnchanged)
            .Set("$servers_failed", counts.ServersFailed)
            .Set("$tools_added", counts.ToolsAdded)
            .Set("$tools_changed", counts.ToolsChanged)
            .Set("$tools_removed", counts.ToolsRemoved)
            .Set("$requests", counts.Requests)
            .Set("$id", runId)
            .ExecuteNonQuery();
        if (updated == 0)
        {
            throw new InvalidOperationException($"There is no run {runId} to finish.");
        }
    }

    public void RecordSkips(long runId, IReadOnlyList<SkippedItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        RecordSkips(runId, items, transaction);
        transaction.Commit();
    }

    /// <summary>Records skips inside the caller's transaction (a repository's skips commit with its servers).</summary>
    internal void RecordSkips(long runId, IReadOnlyList<SkippedItem> items, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(items);
        insertSkip.In(transaction).Set("$run", runId);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            insertSkip.Set("$repository", item.Repository).Set("$path", item.Path).Set("$reason", item.Reason).ExecuteNonQuery();
        }
    }

    public CrawlRun? FindRun(long runId)
    {
        using var reader = findRun.In(null).Set("$id", runId).ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new CrawlRun
        {
            Id = reader.GetInt64(0),
            Kind = reader.GetString(1),
            Source = reader.GetString(2),
            StartedAt = StoredTime.Read(reader.GetString(3)),
            FinishedAt = reader.GetStringOrNull(4) is { } finished ? StoredTime.Read(finished) : null,
            Status = StoredNames.RunStatus(reader.GetString(5)),
            Counts = new CrawlRunCounts
            {
                ServersSeen = reader.GetInt32(6),
                ServersNew = reader.GetInt32(7),
                ServersChanged = reader.GetInt32(8),
                ServersUnchanged = reader.GetInt32(9),
                ServersFailed = reader.GetInt32(10),
                ToolsAdded = reader.GetInt32(11),
                ToolsChanged = reader.GetInt32(12),
                ToolsRemoved = reader.GetInt32(13),
                Requests = reader.GetInt32(14),
            },
        };
    }

    public IReadOnlyList<SkippedItem> ListSkips(long runId)
    {
        using var reader = listSkips.In(null).Set("$run", runId).ExecuteReader();
        var items = new List<SkippedItem>();
        while (reader.Read())
        {
            items.Add(new SkippedItem(reader.GetString(0), reader.GetStringOrNull(1), reader.GetString(2)));
        }

        return items;
    }

    public void Dispose() => commands.Dispose();
}
