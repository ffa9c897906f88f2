using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;
using static Catalog.Testing.ToolDefinitionBuilder;

namespace Catalog.Storage.Tests;

public sealed class RepositoryStateStoreTests : IDisposable
{
    private readonly TestCatalog catalog = new();

    [Fact]
    public void SaveRepository_Scanned_StoresServersStateAndSkipsTogether()
    {
        // Given a scanned repository with one server and one skipped file
        var run = catalog.StartRun();
        var update = Scanned("acme/payments", "etag-1", "head-1", Snapshots.Server("payments", Tool("refund")));

        // When it is saved
        var outcomes = catalog.Database.Repositories.SaveRepository(run, update);

        // Then the server, its state and the skip are all there
        Assert.Equal(SnapshotChange.New, Assert.Single(outcomes).Kind);
        var state = Assert.Single(catalog.Database.Repositories.ListRepositoryStates());
        Assert.Equal(("acme/payments", "etag-1", "head-1", RepositoryStatus.Fetched, run), (state.Repository, state.ETag, state.HeadCommit, state.Status, state.LastRunId));
        Assert.NotNull(catalog.Database.Reader.FindServer("payments"));
        Assert.Equal("too large", Assert.Single(catalog.Database.Runs.ListSkips(run)).Reason);
    }

    [Fact]
    public void SaveRepository_ScannerVersion_IsReadBackAndReplacedByALaterSave()
    {
        // Given a repository saved with the version of the scanner that read it, and another saved without one
        var first = catalog.StartRun();
        var update = Scanned("acme/payments", "etag-1", "head-1", Snapshots.Server("payments", Tool("refund")));
        catalog.Database.Repositories.SaveRepository(first, update with { State = update.State! with { ScannerVersion = "0a1b2c3d" } });
        catalog.Database.Repositories.SaveRepository(first, Scanned("acme/ledger", "etag-1", "head-1", Snapshots.Server("ledger", Tool("post"))));

        // When the states are read back from the reopened file, and again after a later save by another scanner
        var stored = catalog.Reopen().Repositories.ListRepositoryStates();
        var second = catalog.StartRun();
        catalog.Database.Repositories.SaveRepository(second, update with { State = update.State! with { ScannerVersion = "4e5f6a7b" } });
        var replaced = catalog.Database.Repositories.ListRepositoryStates();

        // Then each kept its version (null when none was given), and the later save replaced it
        Assert.Equal([("acme/ledger", null), ("acme/payments", "0a1b2c3d")], stored.Select(s => (s.Repository, s.ScannerVersion)));
        Assert.Equal([("acme/ledger", null), ("acme/payments", "4e5f6a7b")], replaced.Select(s => (s.Repository, s.ScannerVersion)));
    }

    [Fact]
    public void SaveRepository_SnapshotRefused_KeepsNeitherServersNorState()
    {
        // Given a repository whose second server has a tool name the schema refuses
        var run = catalog.StartRun();
        var update = Scanned("acme/broken", "etag-1", "head-1", Snapshots.Server("acme-good", Tool("fine")), Snapshots.Server("acme-bad", Tool("")));

        // When it is saved
        Assert.ThrowsAny<Exception>(() => catalog.Database.Repositories.SaveRepository(run, update));

        // Then nothing of it was kept: no state to trust, no half of its servers
        Assert.Empty(catalog.Database.Repositories.ListRepositoryStates());
        Assert.Null(catalog.Database.Reader.FindServer("acme-good"));
        Assert.Empty(catalog.Database.Runs.ListSkips(run));
    }

    [Fact]
    public void SaveRepository_NotModified_MarksServersSeenAndChangesNothingElse()
    {
        // Given a repository stored by a first run
        var first = catalog.StartRun();
        catalog.Database.Repositories.SaveRepository(first, Scanned("acme/payments", "etag-1", "head-1", Snapshots.Server("payments", Tool("refund"))));
        var second = catalog.StartRun();
        var before = DatabaseDump.Of(catalog.DatabasePath, "last_seen_run", "last_run", "checked_at");

        // When a second run finds it not modified
        var outcomes = catalog.Database.Repositories.SaveRepository(second, new RepositoryUpdate
        {
            Kind = RepositoryUpdateKind.NotModified,
            Repository = "ACME/payments",
            State = catalog.Database.Repositories.ListRepositoryStates().Single(),
        });

        // Then its server counts as unchanged, is marked seen by the second run, and nothing else moved
        Assert.Equal(SnapshotChange.Unchanged, Assert.Single(outcomes).Kind);
        Assert.Equal(second, catalog.Database.Repositories.ListRepositoryStates().Single().LastRunId);
        Assert.Equal(before, DatabaseDump.Of(catalog.DatabasePath, "last_seen_run", "last_run", "checked_at"));
    }

    [Fact]
    public void SaveRepository_FactsRefreshed_UpdatesRepositoryFactsAndKeepsToolsAndLanguage()
    {
        // Given a repository stored with three stars
        var first = catalog.StartRun();
        catalog.Database.Repositories.SaveRepository(first, Scanned("acme/payments", "etag-1", "head-1", Snapshots.Server("payments", Tool("refund"))));

        // When its metadata changes (more stars, a topic) but not its head commit
        var second = catalog.StartRun();
        var outcomes = catalog.Database.Repositories.SaveRepository(second, new RepositoryUpdate
        {
            Kind = RepositoryUpdateKind.FactsRefreshed,
            Repository = "acme/payments",
            Facts = new ServerFacts { Stars = 40, HeadCommit = "head-1", Topics = ["mcp-server"] },
            State = new RepositoryState { Repository = "acme/payments", ETag = "etag-2", HeadCommit = "head-1", Status = RepositoryStatus.Fetched },
        });

        // Then the server changed, with its tools, description and language as they were
        Assert.Equal(SnapshotChange.Changed, Assert.Single(outcomes).Kind);
        var server = catalog.Database.Reader.FindServer("payments")!;
        Assert.Equal(40, server.Facts.Stars);
        Assert.Equal(["mcp-server"], server.Facts.Topics);
        Assert.Equal("TypeScript", server.Facts.Language);
        Assert.Equal("The payments server.", server.Facts.Description);
        Assert.Equal("refund", Assert.Single(server.Tools).Definition.Name);
        Assert.Equal("etag-2", catalog.Database.Repositories.ListRepositoryStates().Single().ETag);
    }

    [Fact]
    public void SaveRepository_NotFetchedWithoutState_RecordsOnlyTheReason()
    {
        var run = catalog.StartRun();

        var outcomes = catalog.Database.Repositories.SaveRepository(run, new RepositoryUpdate
        {
            Kind = RepositoryUpdateKind.NotFetched,
            Repository = "acme/later",
            Skips = [new SkippedItem("acme/later", null, "not crawled: the request budget of 10 was used up")],
        });

        Assert.Empty(outcomes);
        Assert.Empty(catalog.Database.Repositories.ListRepositoryStates());
        Assert.Equal("not crawled: the request budget of 10 was used up", Assert.Single(catalog.Database.Runs.ListSkips(run)).Reason);
    }

    [Fact]
    public void SaveCachedResponses_SameKeyTwice_KeepsTheLatestAcrossReopening()
    {
        // Given a cached response replaced by a newer one
        catalog.Database.Repositories.SaveCachedResponses([new CachedResponse("search?q=a", "W/\"1\"", "{}", null)]);
        catalog.Database.Repositories.SaveCachedResponses([new CachedResponse("search?q=a", "W/\"2\"", "{\"items\":[]}", "<x>; rel=\"next\"")]);

        // When the database is opened again
        var responses = catalog.Reopen().Repositories.ListCachedResponses();

        // Then only the newer one is there
        Assert.Equal(new CachedResponse("search?q=a", "W/\"2\"", "{\"items\":[]}", "<x>; rel=\"next\""), Assert.Single(responses));
    }

    public void Dispose() => catalog.Dispose();

    private static RepositoryUpdate Scanned(string repository, string etag, string head, params ServerSnapshot[] snapshots) => new()
    {
        Kind = RepositoryUpdateKind.Scanned,
        Repository = repository,
        Snapshots = snapshots,
        Skips = [new SkippedItem(repository, "big.ts", "too large")],
        State = new RepositoryState { Repository = repository, GitHubId = 7, ETag = etag, HeadCommit = head, Status = RepositoryStatus.Fetched },
    };
}
