using Catalog.Crawler.Repositories;
using Catalog.Crawler.Sources;
using Catalog.Crawler.Sources.GitHub;
using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;
using Catalog.Domain.Stores;

namespace Catalog.Cli.Stages;

/// <summary>
/// Reads every repository of a source into the store. Each server (for a network crawl, each repository with its
/// crawl state) is stored in its own transaction, so a run stopped at any point keeps what it finished and a rerun
/// goes on from there; one bad repository never stops the crawl.
/// </summary>
/// <param name="runs">The record of runs and what they passed over.</param>
/// <param name="servers">Where a local crawl stores servers.</param>
/// <param name="scanner">Reads a local repository's servers.</param>
/// <param name="console">Where progress and the summary go.</param>
/// <param name="repositories">Crawl state for network crawls; only <see cref="Run(RemoteCrawl, CancellationToken)"/> needs it.</param>
public sealed class CrawlStage(ICrawlRunStore runs, IServerStore servers, RepositoryScanner scanner, CliConsole console, IRepositoryStateStore? repositories = null)
{
    public StageOutcome Run(IRepositorySource source, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var run = runs.StartRun("crawl", source.Name);
        var counts = new CrawlRunCounts();
        var skips = 0;
        try
        {
            foreach (var repository in source.Discover(cancellation))
            {
                cancellation.ThrowIfCancellationRequested();
                var name = repository.Descriptor.Repository;
                try
                {
                    foreach (var snapshot in scanner.Scan(repository))
                    {
                        counts = counts.Add(servers.SaveSnapshot(run.Id, snapshot));
                        runs.RecordSkips(run.Id, snapshot.Skipped);
                        skips += snapshot.Skipped.Count;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
                {
                    counts = counts with { ServersFailed = counts.ServersFailed + 1 };
                    runs.RecordSkips(run.Id, [new SkippedItem(name, null, $"failed: {ex.GetType().Name}: {ex.Message}")]);
                    console.Log($"crawl: {name} failed: {ex.Message}");
                }
            }
        }
        catch (Exception)
        {
            runs.FinishRun(run.Id, CrawlRunStatus.Failed, counts);
            throw;
        }

        var status = counts.ServersFailed > 0 ? CrawlRunStatus.PartiallyFailed : CrawlRunStatus.Succeeded;
        runs.FinishRun(run.Id, status, counts);
        console.Log(
            $"crawl: {counts.ServersSeen} servers ({counts.ServersNew} new, {counts.ServersChanged} changed, {counts.ServersUnchanged} unchanged, {counts.ServersFailed} failed); " +
            $"tools {counts.ToolsAdded} added, {counts.ToolsChanged} changed, {counts.ToolsRemoved} removed; {skips} files skipped (run {run.Id})");
        return counts.ServersFailed > 0 ? StageOutcome.PartialFailure : StageOutcome.Success;
    }

    /// <summary>
    /// Crawls the network sources: results are written one repository at a time, on this thread, as the workers
    /// finish them. Ends with a summary of repositories and requests.
    /// </summary>
    public StageOutcome Run(RemoteCrawl remote, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var store = repositories ?? throw new InvalidOperationException("A network crawl needs the repository state store.");
        var run = runs.StartRun("crawl", remote.Name);
        var tally = new CrawlTally();
        var statistics = remote.Connection.Statistics;
        try
        {
            var known = store.ListRepositoryStates();
            CrawlProgressDisplay.Run(console, remote.Crawler.Progress, display => remote.Crawler.Run(
                known,
                result =>
                {
                    var outcomes = Store(store, run.Id, result, display);
                    tally.Add(outcomes is null ? result with { Status = FetchStatus.Failed } : result, outcomes ?? []);
                    if (remote.Connection.Cache.TakeAdded() is { Count: > 0 } responses)
                    {
                        store.SaveCachedResponses(responses);
                    }

                    display.Advance();
                },
                cancellation));
        }
        catch (Exception)
        {
            runs.FinishRun(run.Id, CrawlRunStatus.Failed, tally.Servers with { Requests = Clamp(statistics.Sent) });
            throw;
        }

        var counts = tally.Servers with { Requests = Clamp(statistics.Sent) };
        runs.FinishRun(run.Id, tally.Incomplete ? CrawlRunStatus.PartiallyFailed : CrawlRunStatus.Succeeded, counts);
        console.Log(
            $"crawl: {tally.Seen} repositories seen ({tally.New} new, {tally.Changed} changed, {tally.Unchanged} unchanged, {tally.Failed} failed, " +
            $"{tally.Skipped} skipped, {tally.NotReached} not reached); {counts.ServersSeen} servers; " +
            $"tools {counts.ToolsAdded} added, {counts.ToolsChanged} changed, {counts.ToolsRemoved} removed; " +
            $"requests {statistics.Sent} made, {statistics.Counted} counted, {statistics.NotModified} not modified, {statistics.Retries} retried (run {run.Id})");
        return tally.Incomplete ? StageOutcome.PartialFailure : StageOutcome.Success;
    }

    /// <summary>Stores one result; a repository the store refuses is recorded as failed (null) instead of ending the crawl.</summary>
    private static IReadOnlyList<SnapshotOutcome>? Store(IRepositoryStateStore store, long runId, RepositoryCrawlResult result, CrawlProgressDisplay display)
    {
        var reason = result.Update.Skips.LastOrDefault(s => s.Path is null)?.Reason;
        if (result.Status is FetchStatus.Failed or FetchStatus.DiscoveryFailed or FetchStatus.RateLimited or FetchStatus.BudgetExhausted)
        {
            display.Log($"crawl: {result.Update.Repository}: {reason}");
        }

        try
        {
            return store.SaveRepository(runId, result.Update);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            var repository = result.Update.Repository;
            display.Log($"crawl: {repository} could not be stored: {ex.Message}");
            store.SaveRepository(runId, new RepositoryUpdate
            {
                Kind = RepositoryUpdateKind.NotFetched,
                Repository = repository,
                Skips = [new SkippedItem(repository, null, $"failed: could not be stored: {ex.Message}")],
            });
            return null;
        }
    }

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);
}
