namespace Catalog.Domain.Crawling;

/// <summary>What a crawl learned about one repository, which decides what the store writes.</summary>
public enum RepositoryUpdateKind
{
    /// <summary>The files were read at a new head commit: the snapshots replace what was stored.</summary>
    Scanned = 0,

    /// <summary>The metadata changed but the head commit did not: only the repository facts of its servers are refreshed.</summary>
    FactsRefreshed = 1,

    /// <summary>The metadata answered "not modified": its servers are only marked as seen.</summary>
    NotModified = 2,

    /// <summary>Nothing was read (gone, failed, skipped): only the state and the reasons are written.</summary>
    NotFetched = 3,
}
