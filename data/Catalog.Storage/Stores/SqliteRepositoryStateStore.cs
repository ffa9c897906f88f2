using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;
using Catalog.Domain.Stores;
using Catalog.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Catalog.Storage.Stores;

/// <summary>
/// Per-repository crawl state and replayable responses. <see cref="SaveRepository"/> writes a repository's
/// servers, state and skips in one transaction, so a crawl killed at any moment and run again ends with the same
/// rows as a run never interrupted.
/// </summary>
internal sealed class SqliteRepositoryStateStore : IRepositoryStateStore, IDisposable
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private readonly SqliteServerStore servers;
    private readonly SqliteCrawlRunStore runs;
    private readonly PreparedCommands commands;
    private readonly SqliteCommand listStates;
    private readonly SqliteCommand upsertState;
    private readonly SqliteCommand listRepositoryServers;
    private readonly SqliteCommand updateServerFacts;
    private readonly SqliteCommand markServerSeen;
    private readonly SqliteCommand markServerUpdated;
    private readonly SqliteCommand listResponses;
    private readonly SqliteCommand upsertResponse;

    public SqliteRepositoryStateStore(SqliteConnection connection, TimeProvider clock, SqliteServerStore servers, SqliteCrawlRunStore runs)
    {
        this.connection = connection;
        this.clock = clock;
        this.servers = servers;
        this.runs = runs;
        commands = new PreparedCommands(connection);
        listStates = commands.Add(
            "SELECT repository, github_id, etag, head_commit, status, reason, last_run, scanner_version FROM repository_states ORDER BY repository");
        upsertState = commands.Add(
            "INSERT INTO repository_states (repository, github_id, etag, head_commit, status, reason, last_run, checked_at, scanner_version) " +
            "VALUES ($repository, $github_id, $etag, $head_commit, $status, $reason, $run, $now, $scanner_version) " +
            "ON CONFLICT (repository) DO UPDATE SET repository = excluded.repository, " +
            "github_id = coalesce(excluded.github_id, repository_states.github_id), etag = excluded.etag, " +
            "head_commit = excluded.head_commit, status = excluded.status, reason = excluded.reason, " +
            "last_run = excluded.last_run, checked_at = excluded.checked_at, scanner_version = excluded.scanner_version");
        listRepositoryServers = commands.Add(
            $"SELECT id, {ServerColumns.ColumnList} FROM servers WHERE repository = $repository COLLATE NOCASE ORDER BY slug");
        updateServerFacts = commands.Add($"UPDATE servers SET {ServerColumns.UpdateList} WHERE id = $id");
        markServerSeen = commands.Add("UPDATE servers SET last_seen_run = $run WHERE id = $id");
        markServerUpdated = commands.Add("UPDATE servers SET updated_at = $now, updated_run = $run WHERE id = $id");
        listResponses = commands.Add("SELECT key, etag, body, link FROM response_cache ORDER BY key");
        upsertResponse = commands.Add(
            "INSERT INTO response_cache (key, etag, body, link, stored_at) VALUES ($key, $etag, $body, $link, $now) " +
            "ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, body = excluded.body, link = excluded.link, stored_at = excluded.stored_at");
    }

    public IReadOnlyList<RepositoryState> ListRepositoryStates()
    {
        using var reader = listStates.In(null).ExecuteReader();
        var states = new List<RepositoryState>();
        while (reader.Read())
        {
            states.Add(new RepositoryState
            {
                Repository = reader.GetString(0),
                GitHubId = reader.GetInt64OrNull(1),
                ETag = reader.GetStringOrNull(2),
                HeadCommit = reader.GetStringOrNull(3),
                Status = ReadStatus(reader.GetString(4)),
                Reason = reader.GetStringOrNull(5),
                LastRunId = reader.GetInt64(6),
                ScannerVersion = reader.GetStringOrNull(7),
            });
        }

        return states;
    }

    public IReadOnlyList<SnapshotOutcome> SaveRepository(long runId, RepositoryUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentException.ThrowIfNullOrWhiteSpace(update.Repository);
        var now = StoredTime.Write(clock.GetUtcNow());
        using var transaction = connection.BeginTransaction();
        var outcomes = update.Kind switch
        {
            RepositoryUpdateKind.Scanned => update.Snapshots.Select(s => servers.SaveSnapshot(runId, s, transaction)).ToList(),
            RepositoryUpdateKind.FactsRefreshed => RefreshFacts(runId, update, now, transaction),
            RepositoryUpdateKind.NotModified => MarkSeen(runId, update.Repository, transaction),
            RepositoryUpdateKind.NotFetched => [],
            _ => throw new ArgumentOutOfRangeException(nameof(update), update.Kind, "Unknown repository update kind."),
        };

        if (update.Skips.Count > 0)
        {
            runs.RecordSkips(runId, update.Skips, transaction);
        }

        if (update.State is { } state)
        {
            upsertState.In(transaction)
                .Set("$repository", state.Repository)
                .Set("$github_id", state.GitHubId)
                .Set("$etag", state.ETag)
                .Set("$head_commit", state.HeadCommit)
                .Set("$status", WriteStatus(state.Status))
                .Set("$reason", state.Reason)
                .Set("$scanner_version", state.ScannerVersion)
                .Set("$run", runId)
                .Set("$now", now)
                .ExecuteNonQuery();
        }

        transaction.Commit();
        return outcomes;
    }

    public IReadOnlyList<CachedResponse> ListCachedResponses()
    {
        using var reader = listResponses.In(null).ExecuteReader();
        var responses = new List<CachedResponse>();
        while (reader.Read())
        {
            responses.Add(new CachedResponse(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetStringOrNull(3)));
        }

        return responses;
    }

    public void SaveCachedResponses(IReadOnlyList<CachedResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count == 0)
        {
            return;
        }

        var now = StoredTime.Write(clock.GetUtcNow());
        using var transaction = connection.BeginTransaction();
        foreach (var response in responses)
        {
            ArgumentNullException.ThrowIfNull(response);
            upsertResponse.In(transaction)
                .Set("$key", response.Key)
                .Set("$etag", response.ETag)
                .Set("$body", response.Body)
                .Set("$link", response.Link)
                .Set("$now", now)
                .ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose() => commands.Dispose();

    private List<SnapshotOutcome> RefreshFacts(long runId, RepositoryUpdate update, string now, SqliteTransaction transaction)
    {
        var facts = update.Facts ?? throw new ArgumentException("A facts refresh needs the repository's facts.", nameof(update));
        var outcomes = new List<SnapshotOutcome>();
        foreach (var (id, stored) in ListServers(update.Repository, transaction))
        {
            var refreshed = stored with
            {
                Description = facts.Description ?? stored.Description,
                License = facts.License ?? stored.License,
                Stars = facts.Stars,
                DefaultBranch = facts.DefaultBranch,
                HeadCommit = facts.HeadCommit,
                LastCommitAt = StoredTime.Write(facts.LastCommitAt),
                RepositoryUrl = facts.RepositoryUrl,
                Archived = facts.Archived,
                Topics = JsonColumns.WriteStrings(facts.Topics ?? []),
            };
            var changed = refreshed != stored;
            if (changed)
            {
                refreshed.BindTo(updateServerFacts.In(transaction)).Set("$id", id).ExecuteNonQuery();
                markServerUpdated.In(transaction).Set("$now", now).Set("$run", runId).Set("$id", id).ExecuteNonQuery();
            }

            markServerSeen.In(transaction).Set("$run", runId).Set("$id", id).ExecuteNonQuery();
            outcomes.Add(new SnapshotOutcome(changed ? SnapshotChange.Changed : SnapshotChange.Unchanged, 0, 0, 0));
        }

        return outcomes;
    }

    private List<SnapshotOutcome> MarkSeen(long runId, string repository, SqliteTransaction transaction)
    {
        var outcomes = new List<SnapshotOutcome>();
        foreach (var (id, _) in ListServers(repository, transaction))
        {
            markServerSeen.In(transaction).Set("$run", runId).Set("$id", id).ExecuteNonQuery();
            outcomes.Add(new SnapshotOutcome(SnapshotChange.Unchanged, 0, 0, 0));
        }

        return outcomes;
    }

    private List<(long Id, ServerColumns Columns)> ListServers(string repository, SqliteTransaction transaction)
    {
        using var reader = listRepositoryServers.In(transaction).Set("$repository", repository).ExecuteReader();
        var rows = new List<(long, ServerColumns)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), ServerColumns.Read(reader, 1)));
        }

        return rows;
    }

    /// <summary>Spelled out, never derived from the enum, so renaming a member cannot change stored rows.</summary>
    private static string WriteStatus(RepositoryStatus status) => status switch
    {
        RepositoryStatus.Fetched => "fetched",
        RepositoryStatus.Gone => "gone",
        RepositoryStatus.Failed => "failed",
        RepositoryStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown repository status."),
    };

    private static RepositoryStatus ReadStatus(string text) => text switch
    {
        "fetched" => RepositoryStatus.Fetched,
        "gone" => RepositoryStatus.Gone,
        "failed" => RepositoryStatus.Failed,
        "skipped" => RepositoryStatus.Skipped,
        _ => throw new InvalidDataException($"The database holds an unknown repository status '{text}'; it was written by a newer build."),
    };
}
