using Catalog.Crawler.Repositories;
using Catalog.Crawler.Sources;
using Catalog.Crawler.Sources.AwesomeLists;
using Catalog.Crawler.Sources.GitHub;
using Catalog.Crawler.Sources.Registry;
using Catalog.Domain.Crawling;
using Catalog.Testing.GitHub;

namespace Catalog.Crawler.Tests.Sources;

public sealed class RepositoryCrawlerTests : IAsyncLifetime
{
    private static readonly RepositoryScanner Scanner = RepositoryScanner.CreateDefault();
    private readonly HttpClient http = new();
    private FakeGitHubServer server = null!;

    public async Task InitializeAsync() => server = await FakeGitHubServer.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public void Run_SameRepositoryFromEverySource_FetchesItOnce()
    {
        // Given one repository found by topic search, listed in the registry (with its id) and in an awesome list (other case)
        var repository = RepositoryGenerator.AddGenerated(server, 1).Single();
        server.AddRegistryEntry(new FakeRegistryEntry("io.github.x/y", $"https://github.com/{repository.FullName}", RepositoryId: repository.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var list = server.Add("lister", "awesome");
        list.Topics = [];
        list.SetFile("README.md", $"# A\n## Tools\n- [x](https://github.com/{repository.FullName.ToUpperInvariant()})\n");
        using var connection = GitHubTestConnections.Open(server);

        // When all sources are crawled
        var results = Crawl(connection, [], Search(connection), Registry(), Awesome(connection));

        // Then it was fetched once
        var result = Assert.Single(results, r => r.IsRepository);
        Assert.Equal(FetchStatus.Fetched, result.Status);
        Assert.Equal(1, server.Requests.Of(EndpointKind.Repository));
    }

    [Fact]
    public void Run_TwoListsTagTheSameRepository_ItIsFetchedOnceWithBothTags()
    {
        // Given two awesome lists filing one repository under different headings
        var repository = RepositoryGenerator.AddGenerated(server, 1).Single();
        repository.Topics = [];
        foreach (var (name, heading) in new[] { ("first", "Payments"), ("second", "Finance") })
        {
            var list = server.Add("lister", name);
            list.Topics = [];
            list.SetFile("README.md", $"# List\n## {heading}\n- <https://github.com/{repository.FullName}>\n");
        }

        using var connection = GitHubTestConnections.Open(server);

        // When both lists are crawled
        var results = Crawl(
            connection,
            [],
            new AwesomeListDiscovery(new GitHubReadmeReader(connection), "lister/first"),
            new AwesomeListDiscovery(new GitHubReadmeReader(connection), "lister/second"));

        // Then the repository was fetched once, with both headings among its topics
        var result = Assert.Single(results, r => r.IsRepository);
        Assert.Equal(["finance", "payments"], result.Update.Snapshots.Single().Facts.Topics);
    }

    [Fact]
    public void Run_KnownRepositoryNoSourceNames_IsCheckedAgain()
    {
        // Given a repository crawled before that no source lists any more
        var repository = RepositoryGenerator.AddGenerated(server, 1).Single();
        repository.Topics = [];
        using var connection = GitHubTestConnections.Open(server);
        var first = Crawl(connection, [], new FixedDiscovery(repository.FullName)).Single(r => r.IsRepository);

        // When a crawl runs with that state and a source that names nothing
        var again = Crawl(connection, [first.Update.State!], new FixedDiscovery());

        // Then it was asked about anyway, and found unchanged
        var result = Assert.Single(again, r => r.IsRepository);
        Assert.Equal(FetchStatus.NotModified, result.Status);
        Assert.Equal(RepositoryUpdateKind.NotModified, result.Update.Kind);
    }

    [Fact]
    public void Run_UnchangedRepositoryReadByAnotherScanner_IsRescannedAndRecordsTheCurrentVersion()
    {
        // Given a repository crawled before by another version of the scanner, unchanged since
        var repository = RepositoryGenerator.AddGenerated(server, 1).Single();
        using var connection = GitHubTestConnections.Open(server);
        var first = Crawl(connection, [], new FixedDiscovery(repository.FullName)).Single(r => r.IsRepository).Update.State!;
        server.Requests.Reset();

        // When it is crawled again with that state
        var again = Crawl(connection, [first with { ScannerVersion = "old" }], new FixedDiscovery(repository.FullName)).Single(r => r.IsRepository);

        // Then its tree was read and its servers scanned again, and the new state names the current scanner
        Assert.Equal(RepositoryScanner.Version, first.ScannerVersion);
        Assert.Equal(FetchStatus.Fetched, again.Status);
        Assert.Equal(RepositoryUpdateKind.Scanned, again.Update.Kind);
        Assert.Equal(1, server.Requests.Of(EndpointKind.Tree));
        Assert.Equal((first.HeadCommit, RepositoryScanner.Version), (again.Update.State!.HeadCommit, again.Update.State.ScannerVersion));
    }

    [Fact]
    public void Run_RequestBudgetRunsOut_EveryRepositoryStillHasAResult()
    {
        // Given ten repositories and a budget for about two of them
        var repositories = RepositoryGenerator.AddGenerated(server, 10);
        using var connection = new GitHubConnection(GitHubTestConnections.Options(server) with { MaxRequests = 12 });

        // When they are crawled one at a time
        var results = Crawl(connection, [], new FixedDiscovery([.. repositories.Select(r => r.FullName)]), concurrency: 1);

        // Then the first were fetched, one ran out, the rest were not reached, and none has a state to trust
        Assert.Equal(10, results.Count(r => r.IsRepository));
        Assert.Equal(2, results.Count(r => r.Status == FetchStatus.Fetched));
        Assert.Single(results, r => r.Status == FetchStatus.BudgetExhausted);
        Assert.Equal(7, results.Count(r => r.Status == FetchStatus.NotReached));
        Assert.All(results.Where(r => r.Status != FetchStatus.Fetched), r => Assert.Null(r.Update.State));
        Assert.All(results.Where(r => r.Status == FetchStatus.NotReached), r => Assert.Contains("request budget", r.Update.Skips.Single().Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_RegistryDeletedServer_KnownRepositoryIsNotCrawled()
    {
        var repository = RepositoryGenerator.AddGenerated(server, 1).Single();
        repository.Topics = [];
        server.AddRegistryEntry(new FakeRegistryEntry("gone", $"https://github.com/{repository.FullName}", Status: "deleted"));
        using var connection = GitHubTestConnections.Open(server);
        var known = new RepositoryState { Repository = repository.FullName, Status = RepositoryStatus.Fetched, ETag = "W/\"old\"" };

        var results = Crawl(connection, [known], Registry());

        Assert.DoesNotContain(results, r => r.IsRepository);
        Assert.Contains(results, r => r.Status == FetchStatus.DiscoveryNote && r.Update.Skips.Single().Reason.Contains("deleted", StringComparison.Ordinal));
        Assert.Equal(0, server.Requests.Of(EndpointKind.Repository));
    }

    [Fact]
    public void Run_FailedRepository_KeepsTheConditionsOfItsLastSuccess()
    {
        // Given a repository stored once, then broken
        var repository = RepositoryGenerator.AddGenerated(server, 1).Single();
        using var connection = GitHubTestConnections.Open(server);
        var first = Crawl(connection, [], new FixedDiscovery(repository.FullName)).Single(r => r.IsRepository).Update.State!;
        server.Faults.BreakRepository(repository.FullName);

        // When it is crawled again
        var failed = Crawl(connection, [first], new FixedDiscovery(repository.FullName)).Single(r => r.IsRepository);

        // Then it failed, with its old ETag and head kept for the next try
        Assert.Equal(FetchStatus.Failed, failed.Status);
        Assert.Equal((RepositoryStatus.Failed, first.ETag, first.HeadCommit), (failed.Update.State!.Status, failed.Update.State.ETag, failed.Update.State.HeadCommit));
        Assert.StartsWith("failed: ", failed.Update.Skips.Single().Reason, StringComparison.Ordinal);
    }

    private static List<RepositoryCrawlResult> Crawl(GitHubConnection connection, IReadOnlyList<RepositoryState> known, params IRepositoryDiscovery[] discoveries) =>
        Crawl(connection, known, discoveries, concurrency: 4);

    private static List<RepositoryCrawlResult> Crawl(GitHubConnection connection, IReadOnlyList<RepositoryState> known, IRepositoryDiscovery discovery, int concurrency) =>
        Crawl(connection, known, [discovery], concurrency);

    private static List<RepositoryCrawlResult> Crawl(GitHubConnection connection, IReadOnlyList<RepositoryState> known, IRepositoryDiscovery[] discoveries, int concurrency)
    {
        var results = new List<RepositoryCrawlResult>();
        var writer = Environment.CurrentManagedThreadId;
        new RepositoryCrawler(discoveries, new GitHubRepositoryFetcher(connection, Scanner), concurrency).Run(known, result =>
        {
            Assert.Equal(writer, Environment.CurrentManagedThreadId);
            results.Add(result);
        });
        return results;
    }

    private static GitHubSearchDiscovery Search(GitHubConnection connection) => new(connection, new GitHubSearchOptions { CodeQueries = [] });

    private RegistryDiscovery Registry() => new(http, new RegistryOptions { BaseUrl = server.RegistryUrl });

    private static AwesomeListDiscovery Awesome(GitHubConnection connection) => new(new GitHubReadmeReader(connection), "lister/awesome");

    /// <summary>A source that names a fixed list, for tests about what the crawler does with names.</summary>
    private sealed class FixedDiscovery(params string[] names) : IRepositoryDiscovery
    {
        public string Name => "fixed";

        public bool IsCurated => false;

        public async IAsyncEnumerable<DiscoveredRepository> DiscoverAsync(DiscoveryContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
        {
            await Task.Yield();
            foreach (var name in names)
            {
                yield return new DiscoveredRepository { Repository = name, Source = Name };
            }
        }
    }
}
