namespace Catalog.Domain.Crawling;

/// <summary>One run of a stage (crawl, classify, build). Every stored record names the run that wrote it.</summary>
public sealed record CrawlRun
{
    public required long Id { get; init; }

    /// <summary>What ran: <c>crawl</c>, <c>classify</c>, <c>nightly</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Where it read from, e.g. <c>local:data/samples</c>.</summary>
    public required string Source { get; init; }

    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public required CrawlRunStatus Status { get; init; }
    public CrawlRunCounts Counts { get; init; } = new();
}
