using Catalog.Domain.Crawling;

namespace Catalog.Crawler.Sources;

/// <summary>One repository's (or one discovery note's) result, ready for the single writer to store as it is.</summary>
public sealed record RepositoryCrawlResult
{
    public required FetchStatus Status { get; init; }

    public required RepositoryUpdate Update { get; init; }

    /// <summary>True for results that count as a repository seen (not discovery notes or failures).</summary>
    public bool IsRepository => Status is not (FetchStatus.DiscoveryNote or FetchStatus.DiscoveryFailed);
}
