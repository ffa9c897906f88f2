using Catalog.Domain.Servers;

namespace Catalog.Domain.Crawling;

/// <summary>
/// Everything one crawl writes about one repository, stored in one transaction: its servers' snapshots (or
/// refreshed facts), its crawl state and the reasons for what was skipped. A process killed at any moment
/// leaves either all of it or none of it.
/// </summary>
public sealed record RepositoryUpdate
{
    public required RepositoryUpdateKind Kind { get; init; }

    /// <summary>Repository as <c>owner/name</c>, as stored in <see cref="ServerIdentity.Repository"/>.</summary>
    public required string Repository { get; init; }

    /// <summary>The state to remember for the next run; null leaves the stored state as it is (a repository not reached this run).</summary>
    public RepositoryState? State { get; init; }

    /// <summary>For <see cref="RepositoryUpdateKind.Scanned"/>: every server found in the repository.</summary>
    public IReadOnlyList<ServerSnapshot> Snapshots { get; init; } = [];

    /// <summary>
    /// For <see cref="RepositoryUpdateKind.FactsRefreshed"/>: the repository's facts from its metadata. Stars, branch,
    /// head commit, last commit, address, archived flag and topics replace the stored ones; a description or license
    /// replaces the stored one only when known, and the language (read from the code) is kept.
    /// </summary>
    public ServerFacts? Facts { get; init; }

    /// <summary>Files or the whole repository passed over, each with its reason; recorded in the run's record.</summary>
    public IReadOnlyList<SkippedItem> Skips { get; init; } = [];
}
