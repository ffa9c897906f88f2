namespace Catalog.Crawler.Sources;

/// <summary>
/// A GitHub repository named by a discovery source. <see cref="GitHubId"/> is known when the source gives it
/// (search results, some registry entries) and lets renamed repositories be recognised; <see cref="Tags"/> are the
/// source's own labels (an awesome list's headings). Every member comes from outside and is treated as untrusted text.
/// </summary>
public sealed record DiscoveredRepository
{
    /// <summary><c>owner/name</c>, already checked by <see cref="RepositoryNames"/>.</summary>
    public required string Repository { get; init; }

    public long? GitHubId { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Which source found it first, e.g. <c>github-search</c>, <c>registry</c>, <c>awesome:owner/name</c>, <c>known</c>.</summary>
    public required string Source { get; init; }
}
