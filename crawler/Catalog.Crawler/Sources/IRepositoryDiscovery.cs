namespace Catalog.Crawler.Sources;

/// <summary>
/// Names repositories to crawl (GitHub search, the MCP registry, an awesome list) without reading them. A source
/// reports what it passed over through the <see cref="DiscoveryContext"/>; throwing
/// <see cref="SourceUnavailableException"/> ends that source alone, never the crawl.
/// </summary>
public interface IRepositoryDiscovery
{
    /// <summary>Identifies the source in logs and records, e.g. <c>registry</c>.</summary>
    string Name { get; }

    /// <summary>
    /// True for a curated source (a registry, an awesome list): small, and read whole before any repository is
    /// fetched, so that every curated source's tags and withdrawals are known first. False for a search, whose
    /// results are fetched as they stream in.
    /// </summary>
    bool IsCurated { get; }

    IAsyncEnumerable<DiscoveredRepository> DiscoverAsync(DiscoveryContext context, CancellationToken cancellation);
}
