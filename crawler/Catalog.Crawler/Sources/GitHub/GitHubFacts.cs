using Catalog.Domain.Servers;
using Octokit;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>Repository metadata as the catalogue's <see cref="ServerFacts"/>; absent values stay absent.</summary>
internal static class GitHubFacts
{
    public static ServerFacts From(Octokit.Repository repository, string headCommit, IReadOnlyList<string> tags) => new()
    {
        Description = string.IsNullOrWhiteSpace(repository.Description) ? null : repository.Description,
        Language = string.IsNullOrWhiteSpace(repository.Language) ? null : repository.Language,
        License = string.IsNullOrWhiteSpace(repository.License?.Name) ? null : repository.License.Name,
        Stars = repository.StargazersCount,
        DefaultBranch = repository.DefaultBranch,
        HeadCommit = headCommit,
        LastCommitAt = repository.PushedAt,
        RepositoryUrl = string.IsNullOrWhiteSpace(repository.HtmlUrl) ? null : repository.HtmlUrl,
        Archived = repository.Archived,
        Topics = [.. (repository.Topics ?? []).Concat(tags).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
    };
}
