using Catalog.Crawler.Sources.GitHub;
using Catalog.Testing.GitHub;

namespace Catalog.Crawler.Tests.Sources;

/// <summary>Connections to the fake server with waits short enough for tests.</summary>
internal static class GitHubTestConnections
{
    public static GitHubOptions Options(FakeGitHubServer server, string? token = null) => new()
    {
        ApiUrl = server.ApiUrl,
        Token = token is null ? null : new GitHubToken(token),
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        MaxRateLimitWait = TimeSpan.FromSeconds(5),
        RequestTimeout = TimeSpan.FromSeconds(5),
    };

    public static GitHubConnection Open(FakeGitHubServer server, string? token = null) => new(Options(server, token));
}
