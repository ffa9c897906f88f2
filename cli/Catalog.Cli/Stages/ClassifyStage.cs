using Catalog.Domain.Classification;
using Catalog.Domain.Crawling;
using Catalog.Domain.Stores;

namespace Catalog.Cli.Stages;

/// <summary>
/// Labels every stored tool version that the current classifier has not labelled yet; incremental and
/// re-runnable. Labelling is pure, so each batch is labelled on every core and then written by the one writer.
/// </summary>
public sealed class ClassifyStage(ICrawlRunStore runs, IClassificationStore store, IToolClassifier classifier, CliConsole console)
{
    /// <summary>Labels are written in batches so a very large backlog never sits in memory or in one huge transaction.</summary>
    private const int BatchSize = 5_000;

    /// <param name="cancellation">Checked between batches: a stopped run keeps the batches already written and is recorded as failed.</param>
    public StageOutcome Run(CancellationToken cancellation = default)
    {
        var pending = store.ListPending(classifier.Version);
        var run = runs.StartRun("classify", classifier.Version);
        var failed = 0;
        for (var start = 0; start < pending.Count; start += BatchSize)
        {
            if (cancellation.IsCancellationRequested)
            {
                runs.FinishRun(run.Id, CrawlRunStatus.Failed, new CrawlRunCounts { ServersFailed = failed });
                cancellation.ThrowIfCancellationRequested();
            }

            var count = Math.Min(BatchSize, pending.Count - start);
            var labels = new ToolClassification?[count];
            var errors = new string?[count];
            Parallel.For(0, count, i =>
            {
                var item = pending[start + i];
                try
                {
                    labels[i] = classifier.Classify(item.Tool, item.Server);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    errors[i] = $"classify: {item.Server.Slug}/{item.Tool.Name} failed: {ex.Message}";
                }
            });

            var batch = new List<(long, ToolClassification)>(count);
            for (var i = 0; i < count; i++)
            {
                if (labels[i] is { } label)
                {
                    batch.Add((pending[start + i].ToolVersionId, label));
                }
                else
                {
                    failed++;
                    console.Log(errors[i] ?? "classify: a tool failed");
                }
            }

            store.SaveClassifications(run.Id, batch);
        }

        var status = failed > 0 ? CrawlRunStatus.PartiallyFailed : CrawlRunStatus.Succeeded;
        runs.FinishRun(run.Id, status, new CrawlRunCounts { ServersFailed = failed });
        console.Log($"classify: {pending.Count - failed} tools labelled by {classifier.Version}, {failed} failed (run {run.Id})");
        return failed > 0 ? StageOutcome.PartialFailure : StageOutcome.Success;
    }
}
