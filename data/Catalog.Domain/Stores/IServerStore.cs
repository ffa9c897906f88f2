using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;

namespace Catalog.Domain.Stores;

/// <summary>Where the crawl stage writes what it found. Each call is one transaction: all of a server, or nothing.</summary>
public interface IServerStore
{
    /// <summary>
    /// Stores a server and its tools. A tool whose content hash differs from its current version gets
    /// a new version; a tool absent from the snapshot is marked removed (its history stays); a tool
    /// that reappears is restored. Storing the same snapshot twice changes nothing the second time.
    /// </summary>
    SnapshotOutcome SaveSnapshot(long runId, ServerSnapshot snapshot);
}
