namespace Catalog.Domain.Crawling;

/// <summary>
/// What an incremental crawl remembers about one repository between runs. <see cref="ETag"/> and
/// <see cref="HeadCommit"/> are those of the last successful fetch; a failed attempt keeps them, so the next
/// run asks again with the same conditions instead of trusting a half-done fetch.
/// </summary>
public sealed record RepositoryState
{
    /// <summary>Repository as <c>owner/name</c>; compared without regard to case, as GitHub does.</summary>
    public required string Repository { get; init; }

    /// <summary>GitHub's numeric id, which survives renames; null when never fetched.</summary>
    public long? GitHubId { get; init; }

    /// <summary>The entity tag of the repository's metadata at the last successful fetch; null forces a full request.</summary>
    public string? ETag { get; init; }

    /// <summary>The default branch's commit the stored servers were read at; null when never read.</summary>
    public string? HeadCommit { get; init; }

    /// <summary>
    /// The version of the scanner that read the stored servers; null when unknown (never read, or stored before
    /// versions were kept). A different version means the servers are read again even if the repository did not change.
    /// </summary>
    public string? ScannerVersion { get; init; }

    public required RepositoryStatus Status { get; init; }

    /// <summary>Why the repository was skipped, gone or failed; null when fetched.</summary>
    public string? Reason { get; init; }

    /// <summary>The run that last wrote this state; set by the store when read back, ignored when saved.</summary>
    public long? LastRunId { get; init; }
}
