using Catalog.Crawler.Sources.AwesomeLists;
using Catalog.Crawler.Sources.GitHub;
using Catalog.Testing.GitHub;

namespace Catalog.Crawler.Tests.Sources;

public sealed class AwesomeListDiscoveryTests : IAsyncLifetime
{
    private FakeGitHubServer server = null!;

    public async Task InitializeAsync() => server = await FakeGitHubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Discover_ListOnGitHub_ReadsItsReadmeThroughTheApi()
    {
        // Given an awesome list repository
        server.Add("lister", "awesome-mcp").SetFile("README.md", "# Awesome\n\n## Payments\n- [Ledger](https://github.com/ledger/mcp)\n");
        using var connection = GitHubTestConnections.Open(server);

        // When it is discovered from
        var run = await DiscoveryRun.Of(new AwesomeListDiscovery(new GitHubReadmeReader(connection), "lister/awesome-mcp"));

        // Then its link is found with its heading as a tag
        var found = Assert.Single(run.Found);
        Assert.Equal(("ledger/mcp", "awesome:lister/awesome-mcp"), (found.Repository, found.Source));
        Assert.Equal(["payments"], found.Tags);
    }

    [Fact]
    public async Task Discover_UnchangedReadme_IsReplayedFromTheCache()
    {
        server.Add("lister", "awesome-mcp").SetFile("README.md", "# Awesome\n- [Ledger](https://github.com/ledger/mcp)\n");
        var cache = new ConditionalResponseCache();
        using (var first = new GitHubConnection(GitHubTestConnections.Options(server), cache))
        {
            await DiscoveryRun.Of(new AwesomeListDiscovery(new GitHubReadmeReader(first), "lister/awesome-mcp"));
        }

        using var second = new GitHubConnection(GitHubTestConnections.Options(server), cache);
        var run = await DiscoveryRun.Of(new AwesomeListDiscovery(new GitHubReadmeReader(second), "lister/awesome-mcp"));

        Assert.Single(run.Found);
        Assert.Equal(1, server.Requests.NotModified);
    }

    [Fact]
    public async Task Discover_ListWithoutReadme_FailsThatSource()
    {
        server.Add("lister", "empty-list").SetFile("index.html", "<p>no readme</p>");
        using var connection = GitHubTestConnections.Open(server);

        var run = await DiscoveryRun.Of(new AwesomeListDiscovery(new GitHubReadmeReader(connection), "lister/empty-list"));

        Assert.Empty(run.Found);
        Assert.Contains(run.Reports, r => r.Failure && r.Subject == "awesome:lister/empty-list");
    }

    [Fact]
    public async Task Discover_ListMissing_IsNotFoundReportedAsFailure()
    {
        using var connection = GitHubTestConnections.Open(server);

        var run = await DiscoveryRun.Of(new AwesomeListDiscovery(new GitHubReadmeReader(connection), "nobody/nothing"));

        Assert.Contains(run.Reports, r => r.Failure);
    }
}
