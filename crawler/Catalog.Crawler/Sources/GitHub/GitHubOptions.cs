namespace Catalog.Crawler.Sources.GitHub;

/// <summary>How the crawler talks to GitHub (or GitHub Enterprise, or a test server): where, as whom, how patiently.</summary>
public sealed record GitHubOptions
{
    public static Uri PublicApiUrl { get; } = new("https://api.github.com/");

    /// <summary>The REST API root, e.g. <c>https://ghe.example.com/api/v3/</c>; a missing final slash is added.</summary>
    public Uri ApiUrl { get; init; } = PublicApiUrl;

    /// <summary>Null crawls anonymously: GitHub then allows 60 requests an hour and no code search.</summary>
    public GitHubToken? Token { get; init; }

    /// <summary>Requests the run may send in all (retries and 304s included); null for no limit.</summary>
    public long? MaxRequests { get; init; }

    /// <summary>Tries per request for server errors, timeouts and secondary limits, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first back-off; each retry doubles it, with jitter so that workers do not retry in step.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest the crawl waits for a rate limit to reset before giving up on the rest of the run. GitHub resets
    /// within the hour, so the default waits it out; tests set a small value.
    /// </summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromMinutes(65);

    /// <summary>A reply slower than this counts as a timeout and is retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reads the time and runs the waits; tests pass one they control.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
