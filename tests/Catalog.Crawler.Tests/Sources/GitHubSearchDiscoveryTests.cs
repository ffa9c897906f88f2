using Catalog.Crawler.Sources.GitHub;
using Catalog.Testing.GitHub;

namespace Catalog.Crawler.Tests.Sources;

public sealed class GitHubSearchDiscoveryTests : IAsyncLifetime
{
    private FakeGitHubServer server = null!;

    public async Task InitializeAsync() => server = await FakeGitHubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Discover_MoreThanTheSearchCap_SplitsWindowsAndFindsEveryRepository()
    {
        // Given 2,500 repositories with the topic, more than one search can list
        var repositories = RepositoryGenerator.AddGenerated(server, 2500);
        using var connection = GitHubTestConnections.Open(server);

        // When the topics are searched
        var run = await DiscoveryRun.Of(new GitHubSearchDiscovery(connection));

        // Then every one is found exactly once, and no request asked past the cap
        Assert.Equal(repositories.Select(r => r.FullName).Order(), run.Found.Select(f => f.Repository).Order());
        Assert.DoesNotContain(server.Log, line => line.StartsWith("422", StringComparison.Ordinal));
        Assert.All(run.Found, f => Assert.NotNull(f.GitHubId));
        Assert.DoesNotContain(run.Reports, r => r.Failure);
    }

    [Fact]
    public async Task Discover_SecondTimeUnchanged_EveryPageAnswersNotModified()
    {
        // Given a search run once, its pages cached
        RepositoryGenerator.AddGenerated(server, 1200);
        var cache = new ConditionalResponseCache();
        using (var first = new GitHubConnection(GitHubTestConnections.Options(server), cache))
        {
            await DiscoveryRun.Of(new GitHubSearchDiscovery(first));
        }

        server.Requests.Reset();

        // When it runs again with the cache (as the next night's run loads it from the store)
        using var second = new GitHubConnection(GitHubTestConnections.Options(server), new ConditionalResponseCache(cache.TakeAdded()));
        var run = await DiscoveryRun.Of(new GitHubSearchDiscovery(second));

        // Then it found the same repositories at no counted cost
        Assert.Equal(1200, run.Found.Count);
        Assert.Equal(0, server.Requests.CountedOf(EndpointKind.SearchRepositories));
        Assert.True(server.Requests.NotModified > 0);
    }

    [Fact]
    public async Task Discover_WithoutToken_SkipsCodeSearchAndSaysSo()
    {
        var notTopical = server.Add("quiet", "no-topic-server");
        notTopical.Topics = [];
        notTopical.SetFile("package.json", "{\"dependencies\":{\"@modelcontextprotocol/sdk\":\"1\"}}");
        using var connection = GitHubTestConnections.Open(server);

        var run = await DiscoveryRun.Of(new GitHubSearchDiscovery(connection));

        Assert.Empty(run.Found);
        Assert.Contains(run.Reports, r => r.Subject == "github-code-search" && r.Reason.Contains("token", StringComparison.Ordinal) && !r.Failure);
        Assert.Equal(0, server.Requests.Of(EndpointKind.SearchCode));
    }

    [Fact]
    public async Task Discover_WithToken_FindsSdkDependenciesByCodeSearch()
    {
        // Given a server without the topic whose package.json depends on the SDK, and a Go server likewise
        var node = server.Add("quiet", "node-server");
        node.Topics = [];
        node.SetFile("package.json", "{\"dependencies\":{\"@modelcontextprotocol/sdk\":\"^1.0.0\"}}");
        var go = server.Add("quiet", "go-server");
        go.Topics = [];
        go.SetFile("go.mod", "module example.com/x\n\nrequire github.com/mark3labs/mcp-go v0.20.0\n");
        var unrelated = server.Add("quiet", "web-app");
        unrelated.Topics = [];
        unrelated.SetFile("package.json", "{\"dependencies\":{\"react\":\"19\"}}");
        using var connection = GitHubTestConnections.Open(server, token: "code-search-token");

        // When GitHub search runs with a token
        var run = await DiscoveryRun.Of(new GitHubSearchDiscovery(connection));

        // Then code search found both servers and not the web app
        Assert.Equal(["quiet/go-server", "quiet/node-server"], run.Found.Select(f => f.Repository).Distinct().Order());
    }

    [Fact]
    public async Task Discover_SearchUnavailable_StopsWithSourceUnavailable()
    {
        RepositoryGenerator.AddGenerated(server, 3);
        server.Faults.ServerErrors(100, only: EndpointKind.SearchRepositories);
        using var connection = GitHubTestConnections.Open(server);

        var failure = await Assert.ThrowsAsync<Catalog.Crawler.Sources.SourceUnavailableException>(() => DiscoveryRun.Of(new GitHubSearchDiscovery(connection)));

        Assert.Contains("server error 502", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_WindowsOnAFixedGrid_AskTheSameQueriesOnAnotherDay()
    {
        // Given the same repositories searched by two crawls on different days
        RepositoryGenerator.AddGenerated(server, 1100);
        var queries = new List<IReadOnlyList<string>>();
        foreach (var day in new[] { new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 9, 17, 5, 0, TimeSpan.Zero) })
        {
            server.Log.Clear();
            using var connection = new GitHubConnection(GitHubTestConnections.Options(server) with { Clock = new FixedClock(day) });
            await DiscoveryRun.Of(new GitHubSearchDiscovery(connection));
            queries.Add([.. server.Log.Select(l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal)]);
        }

        // Then they asked exactly the same queries, so cached pages can answer 304
        Assert.Equal(queries[0], queries[1]);
        Assert.Contains(queries[0], q => q.Contains("2042-01", StringComparison.Ordinal));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
