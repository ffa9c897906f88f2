namespace Catalog.Domain.Crawling;

/// <summary>How the latest attempt to crawl a repository ended.</summary>
public enum RepositoryStatus
{
    /// <summary>Its servers were stored (or found unchanged) at the recorded head commit.</summary>
    Fetched = 0,

    /// <summary>The repository no longer exists or is no longer readable (deleted, made private, blocked).</summary>
    Gone = 1,

    /// <summary>The attempt failed; <see cref="RepositoryState.Reason"/> says why, and the next run tries again.</summary>
    Failed = 2,

    /// <summary>Passed over on purpose (an empty repository, a duplicate); <see cref="RepositoryState.Reason"/> says why.</summary>
    Skipped = 3,
}
