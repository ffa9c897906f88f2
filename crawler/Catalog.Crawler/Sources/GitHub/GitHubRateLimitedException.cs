namespace Catalog.Crawler.Sources.GitHub;

/// <summary>GitHub will not answer before <see cref="Until"/>, later than the crawl is willing to wait.</summary>
internal sealed class GitHubRateLimitedException(DateTimeOffset until)
    : Exception($"GitHub rate limit exhausted until {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC")
{
    public DateTimeOffset Until { get; } = until;
}
