using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;

namespace Catalog.Storage.Tests;

public sealed class CrawlRunStoreTests : IDisposable
{
    private readonly TestCatalog catalog = new();

    [Fact]
    public void StartRun_Always_StoresARunningRunStampedByTheClock()
    {
        // Given the clock at a known instant
        catalog.Clock.Now = new DateTimeOffset(2025, 6, 1, 2, 0, 0, TimeSpan.Zero);

        // When two runs start
        var first = catalog.Database.Runs.StartRun("crawl", "local:data/samples");
        var second = catalog.Database.Runs.StartRun("classify", "store");

        // Then each has its own id and reads back as started, running, with zero counts
        Assert.NotEqual(first.Id, second.Id);
        var stored = catalog.Database.Runs.FindRun(first.Id);
        Assert.Equal(first, stored);
        Assert.Equal(CrawlRunStatus.Running, stored!.Status);
        Assert.Equal(catalog.Clock.Now, stored.StartedAt);
        Assert.Null(stored.FinishedAt);
        Assert.Equal(new CrawlRunCounts(), stored.Counts);
    }

    [Fact]
    public void FinishRun_Always_StoresStatusCountsAndFinishTime()
    {
        // Given a started run
        var run = catalog.Database.Runs.StartRun("crawl", "github");
        var counts = new CrawlRunCounts
        {
            ServersSeen = 9, ServersNew = 1, ServersChanged = 2, ServersUnchanged = 5, ServersFailed = 1,
            ToolsAdded = 7, ToolsChanged = 3, ToolsRemoved = 2, Requests = 120,
        };

        // When it finishes an hour later
        var finishedAt = catalog.Clock.Advance(TimeSpan.FromHours(1));
        catalog.Database.Runs.FinishRun(run.Id, CrawlRunStatus.PartiallyFailed, counts);

        // Then the stored run has all of it
        var stored = catalog.Database.Runs.FindRun(run.Id)!;
        Assert.Equal(CrawlRunStatus.PartiallyFailed, stored.Status);
        Assert.Equal(counts, stored.Counts);
        Assert.Equal(finishedAt, stored.FinishedAt);
        Assert.Equal(run.StartedAt, stored.StartedAt);
    }

    [Fact]
    public void FinishRun_UnknownRun_Throws()
    {
        // Given no run 99, when it is finished, then the store refuses
        Assert.Throws<InvalidOperationException>(() => catalog.Database.Runs.FinishRun(99, CrawlRunStatus.Succeeded, new CrawlRunCounts()));
    }

    [Fact]
    public void FindRun_UnknownRun_ReturnsNull()
    {
        // Given no run 99, when it is looked up, then there is none
        Assert.Null(catalog.Database.Runs.FindRun(99));
    }

    [Fact]
    public void RecordSkips_SeveralItems_ListedInOrderForTheirRunOnly()
    {
        // Given two runs
        var run = catalog.StartRun();
        var other = catalog.StartRun();
        SkippedItem[] items =
        [
            new("acme/big", "dist/bundle.js", "larger than 1 MB"),
            new("acme/gone", null, "repository not found"),
        ];

        // When skips are recorded against each
        catalog.Database.Runs.RecordSkips(run, items);
        catalog.Database.Runs.RecordSkips(other, [new SkippedItem("acme/other", "x.py", "unparsable")]);

        // Then each run lists only its own, in order, a whole-repository skip with no path
        Assert.Equal(items, catalog.Database.Runs.ListSkips(run));
        Assert.Single(catalog.Database.Runs.ListSkips(other));
        Assert.Empty(catalog.Database.Runs.ListSkips(12345));
    }

    public void Dispose() => catalog.Dispose();
}
