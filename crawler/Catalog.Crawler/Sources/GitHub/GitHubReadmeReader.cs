using Catalog.Crawler.Sources.AwesomeLists;
using Octokit;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>Reads a repository's README through the GitHub API, conditionally: an unchanged README is replayed from the cache.</summary>
public sealed class GitHubReadmeReader(GitHubConnection connection) : IReadmeReader
{
    public async Task<string?> ReadReadmeAsync(string repository, CancellationToken cancellation)
    {
        if (!RepositoryNames.IsValid(repository))
        {
            throw new SourceUnavailableException($"'{repository}' is not a GitHub repository name (owner/name)");
        }

        cancellation.ThrowIfCancellationRequested();
        var slash = repository.IndexOf('/');
        var scope = new RequestScope { Replayable = true };
        try
        {
            var readme = await scope.Run(() => connection.Client.Repository.Content.GetReadme(repository[..slash], repository[(slash + 1)..])).ConfigureAwait(false);
            return readme.Content;
        }
        catch (NotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new SourceUnavailableException($"README of {repository}: {GitHubFailures.ToOutcome(ex, repository).Reason}", ex);
        }
    }
}
