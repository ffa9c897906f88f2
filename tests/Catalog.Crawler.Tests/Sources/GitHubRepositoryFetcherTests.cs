using Catalog.Crawler.Repositories;
using Catalog.Crawler.Sources;
using Catalog.Crawler.Sources.GitHub;
using Catalog.Domain.Crawling;
using Catalog.Testing;
using Catalog.Testing.GitHub;

namespace Catalog.Crawler.Tests.Sources;

public sealed class GitHubRepositoryFetcherTests : IAsyncLifetime
{
    private static readonly RepositoryScanner Scanner = RepositoryScanner.CreateDefault();
    private FakeGitHubServer server = null!;

    public async Task InitializeAsync() => server = await FakeGitHubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task FetchAsync_NewRepository_ReadsMetadataHeadTreeAndOnlyCandidateFiles()
    {
        // Given a sample TypeScript server
        var repository = server.AddFolders("samples", RepositoryPaths.Samples).Single(r => r.Name == "bluejay-issues-mcp");
        using var connection = GitHubTestConnections.Open(server);
        var fetcher = new GitHubRepositoryFetcher(connection, Scanner);

        // When it is fetched for the first time
        var outcome = await fetcher.FetchAsync(Discovered(repository.FullName), null, CancellationToken.None);

        // Then its tools are found, with three API requests plus one per file read
        Assert.True(outcome.Status == FetchStatus.Fetched, outcome.Reason);
        var snapshot = Assert.Single(outcome.Snapshots);
        Assert.Contains(snapshot.Tools, t => t.Name == "add_comment");
        Assert.Equal("samples/bluejay-issues-mcp", snapshot.Identity.Repository);
        Assert.Equal(repository.HeadCommit, outcome.HeadCommit);
        Assert.NotNull(outcome.ETag);
        Assert.Equal(1, server.Requests.Of(EndpointKind.Repository));
        Assert.Equal(1, server.Requests.Of(EndpointKind.Branch));
        Assert.Equal(1, server.Requests.Of(EndpointKind.Tree));
        Assert.InRange(server.Requests.Of(EndpointKind.Blob), 1, repository.Files.Count(f => !f.Key.StartsWith("__tests__", StringComparison.Ordinal)));
        Assert.Equal(server.Requests.Total, connection.Statistics.Sent);
    }

    [Fact]
    public async Task FetchAsync_UnchangedRepository_AnswersNotModifiedWithOneFreeRequest()
    {
        // Given a repository fetched once
        var repository = server.AddFolders("samples", RepositoryPaths.Samples).Single(r => r.Name == "bluejay-issues-mcp");
        using var connection = GitHubTestConnections.Open(server);
        var fetcher = new GitHubRepositoryFetcher(connection, Scanner);
        var first = await fetcher.FetchAsync(Discovered(repository.FullName), null, CancellationToken.None);
        server.Requests.Reset();

        // When it is fetched again with what the first fetch remembered
        var second = await fetcher.FetchAsync(Discovered(repository.FullName), StateOf(first), CancellationToken.None);

        // Then one conditional request answered 304 was all it cost
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(1, server.Requests.Total);
        Assert.Equal(1, server.Requests.NotModified);
    }

    [Theory]
    [InlineData("0123456789ab")]
    [InlineData(null)]
    public async Task FetchAsync_UnchangedRepositoryReadByAnotherScanner_IsReadAgainInFull(string? otherVersion)
    {
        // Given two unchanged repositories fetched once, one remembered as read by this scanner and one by another (or an unknown one)
        var repositories = RepositoryGenerator.AddGenerated(server, 2);
        using var connection = GitHubTestConnections.Open(server);
        var fetcher = new GitHubRepositoryFetcher(connection, Scanner);
        var current = StateOf(await fetcher.FetchAsync(Discovered(repositories[0].FullName), null, CancellationToken.None));
        var other = StateOf(await fetcher.FetchAsync(Discovered(repositories[1].FullName), null, CancellationToken.None)) with { ScannerVersion = otherVersion };
        server.Requests.Reset();

        // When the one read by this scanner is fetched again
        var cheap = await fetcher.FetchAsync(Discovered(repositories[0].FullName), current, CancellationToken.None);
        var cheapRequests = (server.Requests.Total, server.Requests.NotModified);
        server.Requests.Reset();

        // And the one read by another scanner is fetched again
        var rescanned = await fetcher.FetchAsync(Discovered(repositories[1].FullName), other, CancellationToken.None);

        // Then the first cost a single 304, while the second asked without conditions, read its tree and is now this scanner's
        Assert.Equal(RepositoryScanner.Version, current.ScannerVersion);
        Assert.Equal(FetchStatus.NotModified, cheap.Status);
        Assert.Equal((1, 1), cheapRequests);
        Assert.True(rescanned.Status == FetchStatus.Fetched, rescanned.Reason);
        Assert.Equal(0, server.Requests.NotModified);
        Assert.Equal(1, server.Requests.Of(EndpointKind.Tree));
        Assert.NotEmpty(rescanned.Snapshots.Single().Tools);
        Assert.Equal(other.HeadCommit, rescanned.HeadCommit);
        Assert.Equal(RepositoryScanner.Version, rescanned.ScannerVersion);
    }

    [Fact]
    public async Task FetchAsync_OnlyStarsChanged_RefreshesFactsWithoutReadingTheTree()
    {
        // Given a repository fetched once, then starred
        var repository = server.AddFolders("samples", RepositoryPaths.Samples).Single(r => r.Name == "bluejay-issues-mcp");
        using var connection = GitHubTestConnections.Open(server);
        var fetcher = new GitHubRepositoryFetcher(connection, Scanner);
        var first = await fetcher.FetchAsync(Discovered(repository.FullName), null, CancellationToken.None);
        repository.Stars = 42;
        server.Requests.Reset();

        // When it is fetched again
        var second = await fetcher.FetchAsync(Discovered(repository.FullName), StateOf(first), CancellationToken.None);

        // Then the metadata and the head commit were asked, nothing more
        Assert.Equal(FetchStatus.HeadUnchanged, second.Status);
        Assert.Equal(42, second.Facts!.Stars);
        Assert.Equal(2, server.Requests.Total);
        Assert.Equal(0, server.Requests.Of(EndpointKind.Tree));
    }

    [Fact]
    public async Task FetchAsync_FileChanged_RefetchesTheNewCommit()
    {
        // Given a generated repository fetched once, then pushed to
        var repository = RepositoryGenerator.AddGenerated(server, 1).Single();
        using var connection = GitHubTestConnections.Open(server);
        var fetcher = new GitHubRepositoryFetcher(connection, Scanner);
        var first = await fetcher.FetchAsync(Discovered(repository.FullName), null, CancellationToken.None);
        RepositoryGenerator.Change(repository, 0, revision: 1);

        // When it is fetched again
        var second = await fetcher.FetchAsync(Discovered(repository.FullName), StateOf(first), CancellationToken.None);

        // Then the new head's tools are read
        Assert.Equal(FetchStatus.Fetched, second.Status);
        Assert.NotEqual(first.HeadCommit, second.HeadCommit);
        Assert.All(second.Snapshots.Single().Tools, t => Assert.Contains("revision 1", t.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FetchAsync_MissingRepository_IsGone()
    {
        using var connection = GitHubTestConnections.Open(server);
        var fetcher = new GitHubRepositoryFetcher(connection, Scanner);

        var outcome = await fetcher.FetchAsync(Discovered("nobody/nothing"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Gone, outcome.Status);
    }

    [Fact]
    public async Task FetchAsync_EmptyRepository_IsSkippedWithItsETag()
    {
        server.Add("someone", "empty");
        using var connection = GitHubTestConnections.Open(server);
        var fetcher = new GitHubRepositoryFetcher(connection, Scanner);

        var outcome = await fetcher.FetchAsync(Discovered("someone/empty"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Skipped, outcome.Status);
        Assert.NotNull(outcome.ETag);
        Assert.Contains("empty", outcome.Reason, StringComparison.Ordinal);
    }

    private static DiscoveredRepository Discovered(string name) => new() { Repository = name, Source = "test" };

    private static RepositoryState StateOf(FetchOutcome outcome) => new()
    {
        Repository = outcome.Repository,
        GitHubId = outcome.GitHubId,
        ETag = outcome.ETag,
        HeadCommit = outcome.HeadCommit,
        ScannerVersion = outcome.ScannerVersion,
        Status = RepositoryStatus.Fetched,
    };
}
