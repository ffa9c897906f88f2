using Catalog.Domain.Crawling;

namespace Catalog.Crawler.Sources;

/// <summary>Reads one repository incrementally. Never throws for a failure of the remote side: every one is a <see cref="FetchOutcome"/>.</summary>
public interface IRepositoryFetcher
{
    /// <param name="repository">What discovery named.</param>
    /// <param name="previous">What the last run remembered about it, or null for a repository never crawled.</param>
    /// <param name="cancellation">Stops the fetch; the only exception it lets through is <see cref="OperationCanceledException"/>.</param>
    Task<FetchOutcome> FetchAsync(DiscoveredRepository repository, RepositoryState? previous, CancellationToken cancellation);
}
