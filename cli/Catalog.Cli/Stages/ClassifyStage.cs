using Catalog.Domain.Classification;
using Catalog.Domain.Crawling;
using Catalog.Domain.Stores;

namespace Catalog.Cli.Stages;

/// <summary>Labels every stored tool version that the current classifier has not labelled yet; incremental and re-runnable.</summary>
public sealed class ClassifyStage(ICrawlRunStore runs, IClassificationStore store, IToolClassifier classifier, CliConsole console)
{
    /// <summary>Labels are written in batches so a very large backlog never sits in memory or in one huge transaction.</summary>
    private const int BatchSize = 5_000;

    public StageOutcome Run()
    {
        var pending = store.ListPending(classifier.Version);
        var run = runs.StartRun("classify", classifier.Version);
        var failed = 0;
        var batch = new List<(long, ToolClassification)>(Math.Min(BatchSize, pending.Count));
        foreach (var item in pending)
        {
            try
            {
                batch.Add((item.ToolVersionId, classifier.Classify(item.Tool, item.Server)));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failed++;
                console.Log($"classify: {item.Server.Slug}/{item.Tool.Name} failed: {ex.Message}");
            }

            if (batch.Count == BatchSize)
            {
                store.SaveClassifications(run.Id, batch);
                batch.Clear();
            }
        }

        store.SaveClassifications(run.Id, batch);
        var status = failed > 0 ? CrawlRunStatus.PartiallyFailed : CrawlRunStatus.Succeeded;
        runs.FinishRun(run.Id, status, new CrawlRunCounts { ServersFailed = failed });
        console.Log($"classify: {pending.Count - failed} tools labelled by {classifier.Version}, {failed} failed (run {run.Id})");
        return failed > 0 ? StageOutcome.PartialFailure : StageOutcome.Success;
    }
}
