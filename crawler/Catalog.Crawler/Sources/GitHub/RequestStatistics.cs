namespace Catalog.Crawler.Sources.GitHub;

/// <summary>What a run asked GitHub, for its summary and for tests that assert a crawl's cost. Thread-safe.</summary>
public sealed class RequestStatistics
{
    private long sent;
    private long notModified;
    private long retries;
    private long rateLimitWaits;

    /// <summary>Every HTTP request sent, retries and 304s included.</summary>
    public long Sent => Interlocked.Read(ref sent);

    /// <summary>Requests answered 304 Not Modified, which GitHub does not count against the rate limit.</summary>
    public long NotModified => Interlocked.Read(ref notModified);

    /// <summary>Requests that count against the rate limit: everything but the 304s.</summary>
    public long Counted => Sent - NotModified;

    public long Retries => Interlocked.Read(ref retries);

    /// <summary>Times the crawl paused for a primary or secondary rate limit.</summary>
    public long RateLimitWaits => Interlocked.Read(ref rateLimitWaits);

    internal void AddSent() => Interlocked.Increment(ref sent);

    internal void AddNotModified() => Interlocked.Increment(ref notModified);

    internal void AddRetry() => Interlocked.Increment(ref retries);

    internal void AddRateLimitWait() => Interlocked.Increment(ref rateLimitWaits);
}
