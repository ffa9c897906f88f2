namespace Catalog.Crawler.Sources;

/// <summary>How crawling one repository (or one discovery step) ended, in words free of any client library.</summary>
public enum FetchStatus
{
    /// <summary>The metadata answered "not modified": nothing else was asked.</summary>
    NotModified = 0,

    /// <summary>The metadata changed but the head commit did not: only the facts are refreshed.</summary>
    HeadUnchanged = 1,

    /// <summary>The files were read at a new head commit and scanned.</summary>
    Fetched = 2,

    /// <summary>The repository no longer exists or cannot be read (404, 410, 451).</summary>
    Gone = 3,

    /// <summary>Passed over on purpose (empty, a duplicate of another name); not a failure.</summary>
    Skipped = 4,

    /// <summary>The attempt failed after retries; the reason says why and the next run tries again.</summary>
    Failed = 5,

    /// <summary>GitHub's rate limit stays exhausted for longer than the crawl is willing to wait.</summary>
    RateLimited = 6,

    /// <summary>The run's request budget (<c>--max-requests</c>) was used up.</summary>
    BudgetExhausted = 7,

    /// <summary>Not attempted: the crawl stopped asking (rate limit or budget) before reaching it.</summary>
    NotReached = 8,

    /// <summary>A discovery source passed something over on purpose.</summary>
    DiscoveryNote = 9,

    /// <summary>A discovery source could not be read to the end.</summary>
    DiscoveryFailed = 10,
}
