namespace Catalog.Domain.Crawling;

public enum CrawlRunStatus
{
    /// <summary>Started and not finished: the process is still going, or it died (a later run shows which).</summary>
    Running = 0,
    Succeeded = 1,
    /// <summary>Finished, but some repositories failed; their reasons are recorded.</summary>
    PartiallyFailed = 2,
    Failed = 3,
}
