using Catalog.Crawler.Repositories;
using Catalog.Crawler.Sources;
using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;
using Catalog.Domain.Stores;

namespace Catalog.Cli.Stages;

/// <summary>
/// Reads every repository of a source into the store. Each server is stored in its own transaction,
/// so a run stopped at any point keeps what it finished; one bad repository never stops the crawl.
/// </summary>
public sealed class CrawlStage(ICrawlRunStore runs, IServerStore servers, RepositoryScanner scanner, CliConsole console)
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
}
