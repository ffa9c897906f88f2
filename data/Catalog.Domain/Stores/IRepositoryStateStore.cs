using Catalog.Domain.Crawling;

namespace Catalog.Domain.Stores;

/// <summary>What makes a crawl incremental and resumable: per-repository state, and replayable responses.</summary>
public interface IRepositoryStateStore
{
    /// <summary>Every repository crawled before, in name order.</summary>
    IReadOnlyList<RepositoryState> ListRepositoryStates();

    /// <summary>
    /// Writes one repository in one transaction: snapshots or refreshed facts, the state and the skips.
    /// Returns one outcome per server written or marked seen (none for <see cref="RepositoryUpdateKind.NotFetched"/>).
    /// </summary>
    IReadOnlyList<SnapshotOutcome> SaveRepository(long runId, RepositoryUpdate update);

    IReadOnlyList<CachedResponse> ListCachedResponses();

    /// <summary>Adds or replaces responses by key, in one transaction.</summary>
    void SaveCachedResponses(IReadOnlyList<CachedResponse> responses);
}
