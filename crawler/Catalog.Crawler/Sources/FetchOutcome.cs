using Catalog.Domain.Servers;

namespace Catalog.Crawler.Sources;

/// <summary>
/// What fetching one repository gave, as a typed outcome: the fetcher maps every protocol detail and client
/// exception to one of these, so nothing past it needs to know how GitHub was asked.
/// </summary>
public sealed record FetchOutcome
{
    public required FetchStatus Status { get; init; }

    /// <summary><c>owner/name</c>: GitHub's own spelling once the metadata was read, else the discovered one.</summary>
    public required string Repository { get; init; }

    public long? GitHubId { get; init; }

    /// <summary>The metadata's entity tag, for the next run's conditional request.</summary>
    public string? ETag { get; init; }

    public string? HeadCommit { get; init; }

    /// <summary>The <see cref="Repositories.RepositoryScanner.Version"/> the repository's servers are now known to be read by; null when not read.</summary>
    public string? ScannerVersion { get; init; }

    /// <summary>The repository's facts from its metadata (set for <see cref="FetchStatus.HeadUnchanged"/> and <see cref="FetchStatus.Fetched"/>).</summary>
    public ServerFacts? Facts { get; init; }

    /// <summary>For <see cref="FetchStatus.Fetched"/>: every server found.</summary>
    public IReadOnlyList<ServerSnapshot> Snapshots { get; init; } = [];

    /// <summary>Things passed over while fetching, beyond those each snapshot lists (a truncated tree).</summary>
    public IReadOnlyList<SkippedItem> Skips { get; init; } = [];

    /// <summary>Why it was gone, skipped, failed or limited; null otherwise.</summary>
    public string? Reason { get; init; }

    /// <summary>For <see cref="FetchStatus.RateLimited"/>: when GitHub will answer again.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public static FetchOutcome Failure(FetchStatus status, string repository, string reason, DateTimeOffset? retryAt = null) => new()
    {
        Status = status,
        Repository = repository,
        Reason = reason,
        RetryAt = retryAt,
    };
}
