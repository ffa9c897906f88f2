using Catalog.Crawler.Repositories;
using Catalog.Crawler.Sources;
using Catalog.Crawler.Sources.GitHub;
using Catalog.Testing.GitHub;

namespace Catalog.Crawler.Tests.Sources;

/// <summary>How the connection under Octokit copes with GitHub's refusals and failures, seen through real fetches.</summary>
public sealed class GitHubConnectionTests : IAsyncLifetime
{
    private static readonly RepositoryScanner Scanner = RepositoryScanner.CreateDefault();
    private FakeGitHubServer server = null!;
    private FakeRepository repository = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGitHubServer.StartAsync();
        repository = RepositoryGenerator.AddGenerated(server, 1).Single();
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Fetch_ServerErrorBurst_RetriesAndSucceeds()
    {
        // Given three 502s in a row
        server.Faults.ServerErrors(3);
        using var connection = GitHubTestConnections.Open(server);

        // When a repository is fetched
        var outcome = await Fetch(connection);

        // Then it succeeds after three retries
        Assert.Equal(FetchStatus.Fetched, outcome.Status);
        Assert.Equal(3, connection.Statistics.Retries);
    }

    [Fact]
    public async Task Fetch_ServerKeepsFailing_FailsWithReasonAfterEveryAttempt()
    {
        server.Faults.BreakRepository(repository.FullName);
        using var connection = GitHubTestConnections.Open(server);

        var outcome = await Fetch(connection);

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.Contains("server error 500", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(connection.Options.MaxAttempts, server.Requests.Of(EndpointKind.Repository));
    }

    [Fact]
    public async Task Fetch_SecondaryRateLimit_WaitsRetryAfterThenSucceeds()
    {
        // Given a secondary limit asking to wait one second
        server.Faults.SecondaryLimit(1, retryAfterSeconds: 1);
        using var connection = GitHubTestConnections.Open(server);
        var started = DateTimeOffset.UtcNow;

        // When a repository is fetched
        var outcome = await Fetch(connection);

        // Then the crawl waited about that long instead of failing
        Assert.Equal(FetchStatus.Fetched, outcome.Status);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(900));
        Assert.Equal(1, connection.Statistics.RateLimitWaits);
    }

    [Fact]
    public async Task Fetch_RateLimitResetsSoon_WaitsForTheReset()
    {
        server.Faults.ExhaustRateLimit(TimeSpan.FromSeconds(1));
        using var connection = GitHubTestConnections.Open(server);

        var outcome = await Fetch(connection);

        Assert.Equal(FetchStatus.Fetched, outcome.Status);
        Assert.True(connection.Statistics.RateLimitWaits >= 1);
    }

    [Fact]
    public async Task Fetch_RateLimitResetsLaterThanTheCap_IsRateLimitedUntilTheReset()
    {
        // Given a limit that resets in a minute, and a crawl willing to wait five seconds
        server.Faults.ExhaustRateLimit(TimeSpan.FromMinutes(1));
        using var connection = GitHubTestConnections.Open(server);

        // When a repository is fetched
        var outcome = await Fetch(connection);

        // Then it says until when, without having waited
        Assert.Equal(FetchStatus.RateLimited, outcome.Status);
        Assert.InRange(outcome.RetryAt!.Value, DateTimeOffset.UtcNow.AddSeconds(50), DateTimeOffset.UtcNow.AddSeconds(65));
    }

    [Fact]
    public async Task Fetch_SlowerThanTheTimeout_RetriesAndSucceeds()
    {
        // Given two replies slower than the request timeout
        server.Faults.SlowReplies(TimeSpan.FromSeconds(2), count: 2, only: EndpointKind.Repository);
        using var connection = new GitHubConnection(GitHubTestConnections.Options(server) with { RequestTimeout = TimeSpan.FromMilliseconds(300) });

        // When a repository is fetched
        var outcome = await Fetch(connection);

        // Then the timeouts were retried
        Assert.Equal(FetchStatus.Fetched, outcome.Status);
        Assert.Equal(2, connection.Statistics.Retries);
    }

    [Fact]
    public async Task Fetch_MalformedJson_FailsThatRepositoryWithAReason()
    {
        server.Faults.MalformedJson(1, only: EndpointKind.Repository);
        using var connection = GitHubTestConnections.Open(server);

        var outcome = await Fetch(connection);

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.StartsWith("unreadable response", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_BlobFailsEveryRetry_FailsInsteadOfStoringMissingTools()
    {
        // Given blobs that keep failing
        server.Faults.ServerErrors(100, only: EndpointKind.Blob);
        using var connection = GitHubTestConnections.Open(server);

        // When the repository is fetched
        var outcome = await Fetch(connection);

        // Then the fetch fails, naming the file, rather than storing a server with its tools missing
        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.Contains("reading ", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(outcome.Snapshots);
    }

    [Fact]
    public async Task Fetch_TruncatedTree_IsScannedAndTheTruncationRecorded()
    {
        server.Faults.TruncateTrees = true;
        using var connection = GitHubTestConnections.Open(server);

        var outcome = await Fetch(connection);

        Assert.Equal(FetchStatus.Fetched, outcome.Status);
        Assert.Contains(outcome.Skips, s => s.Reason.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fetch_RequestBudgetUsedUp_StopsWithBudgetExhausted()
    {
        using var connection = new GitHubConnection(GitHubTestConnections.Options(server) with { MaxRequests = 2 });

        var outcome = await Fetch(connection);

        Assert.Equal(FetchStatus.BudgetExhausted, outcome.Status);
        Assert.Equal(2, server.Requests.Total);
    }

    [Fact]
    public async Task Fetch_WithToken_SendsItToTheApiOnly()
    {
        using var connection = GitHubTestConnections.Open(server, token: "test-token-123");

        await Fetch(connection);

        Assert.NotEmpty(server.AuthorizationsSeen);
        Assert.All(server.AuthorizationsSeen, a => Assert.EndsWith("test-token-123", a, StringComparison.Ordinal));
        Assert.DoesNotContain("test-token-123", connection.Options.ToString(), StringComparison.Ordinal);
    }

    private Task<FetchOutcome> Fetch(GitHubConnection connection) =>
        new GitHubRepositoryFetcher(connection, Scanner).FetchAsync(new DiscoveredRepository { Repository = repository.FullName, Source = "test" }, null, CancellationToken.None);
}
