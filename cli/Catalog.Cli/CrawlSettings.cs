namespace Catalog.Cli;

/// <summary>The crawl's network options as given on the command line. The token itself is never held here, only where to read it.</summary>
public sealed record CrawlSettings
{
    public Uri? GitHubApiUrl { get; init; }
    public Uri? RegistryUrl { get; init; }
    public IReadOnlyList<string> AwesomeLists { get; init; } = [];
    public FileInfo? TokenFile { get; init; }
    public long? MaxRequests { get; init; }
    public int Concurrency { get; init; } = 4;

    /// <summary>Overrides the first retry delay (tests keep it short); null keeps the crawler's default.</summary>
    public TimeSpan? RetryBaseDelay { get; init; }

    /// <summary>Overrides the longest wait for a rate limit; null keeps the crawler's default (GitHub's hour).</summary>
    public TimeSpan? MaxRateLimitWait { get; init; }

    /// <summary>True when any network source was asked for; otherwise the crawl reads a local folder (the bundled samples by default).</summary>
    public bool IsRemote => GitHubApiUrl is not null || RegistryUrl is not null || AwesomeLists.Count > 0;
}
