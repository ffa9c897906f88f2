namespace Catalog.Domain.Servers;

/// <summary>
/// What is known about a server's repository at crawl time. Every member may be absent: a local
/// folder has no stars, an unlicensed repository has no license. Absent means "not known", not zero.
/// </summary>
public sealed record ServerFacts
{
    public string? Description { get; init; }
    public string? Language { get; init; }
    public string? License { get; init; }
    public int? Stars { get; init; }
    public string? DefaultBranch { get; init; }
    /// <summary>The commit the tools were read at; lets the site link to the exact file and line.</summary>
    public string? HeadCommit { get; init; }
    public DateTimeOffset? LastCommitAt { get; init; }
    /// <summary>Web address of the repository, when it has one (local folders do not).</summary>
    public string? RepositoryUrl { get; init; }
    public bool Archived { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
}
