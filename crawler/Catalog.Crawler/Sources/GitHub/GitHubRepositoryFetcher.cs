using System.Text;
using Catalog.Crawler.Repositories;
using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;
using Octokit;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// Fetches one repository as cheaply as its state allows: a conditional metadata request (a 304 ends it, free of
/// rate limit); then the default branch's head commit (one branch request) (unchanged: only the facts are refreshed); then one recursive
/// tree and only the files the scanner reads, as blobs. So a new repository costs three API requests plus its
/// candidate files, and an unchanged one a single 304. A repository last read by another scanner version is read in
/// full again, whatever its ETag and head say, so improved extractors reach repositories nobody pushed to since.
/// </summary>
public sealed class GitHubRepositoryFetcher : IRepositoryFetcher
{
    /// <summary>What snapshots fetched from GitHub name as their source; constant, so a rediscovery by another source is no change.</summary>
    public const string SourceName = "github";

    private const string SymbolicLinkMode = "120000";

    private readonly GitHubConnection connection;
    private readonly RepositoryScanner scanner;

    public GitHubRepositoryFetcher(GitHubConnection connection, RepositoryScanner scanner)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(scanner);
        this.connection = connection;
        this.scanner = scanner;
    }

    public async Task<FetchOutcome> FetchAsync(DiscoveredRepository repository, RepositoryState? previous, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var name = repository.Repository;
        if (!RepositoryNames.IsValid(name))
        {
            return FetchOutcome.Failure(FetchStatus.Skipped, name, "not a valid GitHub repository name");
        }

        try
        {
            return await FetchCheckedAsync(repository, previous, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return GitHubFailures.ToOutcome(ex, name);
        }
    }

    private async Task<FetchOutcome> FetchCheckedAsync(DiscoveredRepository repository, RepositoryState? previous, CancellationToken cancellation)
    {
        var client = connection.Client;
        var (owner, name) = Split(repository.Repository);
        // Only a state read by this very scanner may be trusted to be current; any other is read again in full.
        var current = previous?.ScannerVersion == RepositoryScanner.Version ? previous : null;
        var metadataScope = new RequestScope { IfNoneMatch = current?.ETag };
        Octokit.Repository? metadata = null;
        try
        {
            metadata = await metadataScope.Run(() => client.Repository.Get(owner, name)).ConfigureAwait(false);
        }
        catch (Exception) when (metadataScope.NotModified)
        {
            // Octokit may stumble over an empty 304 body; the status is what counts.
        }

        if (metadataScope.NotModified && current is not null)
        {
            return new FetchOutcome
            {
                Status = FetchStatus.NotModified,
                Repository = current.Repository,
                GitHubId = current.GitHubId,
                ETag = current.ETag,
                HeadCommit = current.HeadCommit,
                ScannerVersion = current.ScannerVersion,
            };
        }

        if (metadata is null)
        {
            return FetchOutcome.Failure(FetchStatus.Failed, repository.Repository, "the repository metadata response was empty");
        }

        // GitHub's own spelling, which also follows a rename; a value not shaped like a name is not trusted.
        var canonical = RepositoryNames.IsValid(metadata.FullName) ? metadata.FullName : repository.Repository;
        (owner, name) = Split(canonical);
        string? head;
        try
        {
            var branch = await client.Repository.Branch.Get(owner, name, metadata.DefaultBranch).ConfigureAwait(false);
            head = branch?.Commit?.Sha;
        }
        catch (ApiException ex) when (GitHubFailures.IsEmptyRepository(ex))
        {
            // GitHub answers 404 for the default branch of a repository that has no commit yet.
            head = null;
        }

        if (string.IsNullOrWhiteSpace(head))
        {
            return new FetchOutcome
            {
                Status = FetchStatus.Skipped,
                Repository = canonical,
                GitHubId = metadata.Id,
                ETag = metadataScope.ETag,
                ScannerVersion = RepositoryScanner.Version,
                Reason = "empty repository (no commits)",
            };
        }

        head = head.Trim();
        var facts = GitHubFacts.From(metadata, head, repository.Tags);
        if (current?.HeadCommit == head && string.Equals(current.Repository, canonical, StringComparison.OrdinalIgnoreCase))
        {
            return new FetchOutcome
            {
                Status = FetchStatus.HeadUnchanged,
                Repository = canonical,
                GitHubId = metadata.Id,
                ETag = metadataScope.ETag,
                HeadCommit = head,
                ScannerVersion = RepositoryScanner.Version,
                Facts = facts,
            };
        }

        var tree = await client.Git.Tree.GetRecursive(owner, name, head).ConfigureAwait(false);
        var skips = new List<SkippedItem>();
        if (tree.Truncated)
        {
            skips.Add(new SkippedItem(canonical, null, "GitHub truncated the tree listing (too many files); files beyond it were not read"));
        }

        var descriptor = new RepositoryDescriptor
        {
            Repository = canonical,
            Slug = ServerSlugs.FromRepository(canonical),
            Facts = facts,
            Source = SourceName,
        };
        var content = new GitHubRepositoryContent(descriptor, ListBlobs(tree), sha => ReadBlob(owner, name, sha, cancellation));

        // The scanner reads synchronously; it runs on a thread of its own so that waiting on a blob never starves the pool.
        var snapshots = await Task.Factory.StartNew(() => scanner.Scan(content), cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            .ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        if (content.Failure is { } failure)
        {
            var outcome = GitHubFailures.ToOutcome(failure, canonical);
            return outcome with { Reason = $"reading {content.FailedPath}: {outcome.Reason}" };
        }

        return new FetchOutcome
        {
            Status = FetchStatus.Fetched,
            Repository = canonical,
            GitHubId = metadata.Id,
            ETag = metadataScope.ETag,
            HeadCommit = head,
            ScannerVersion = RepositoryScanner.Version,
            Facts = facts,
            Snapshots = snapshots,
            Skips = skips,
        };
    }

    private static List<(RepositoryFileEntry Entry, string BlobSha)> ListBlobs(TreeResponse tree)
    {
        var files = new List<(RepositoryFileEntry, string)>();
        foreach (var item in tree.Tree ?? [])
        {
            // Submodules and symbolic links are passed over, as a local checkout's links are: they could point anywhere.
            if (item.Type.StringValue != "blob" || item.Mode == SymbolicLinkMode || string.IsNullOrEmpty(item.Path) || string.IsNullOrEmpty(item.Sha))
            {
                continue;
            }

            files.Add((new RepositoryFileEntry(item.Path, item.Size), item.Sha));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Item1.Path, b.Item1.Path));
        return files;
    }

    private byte[] ReadBlob(string owner, string name, string sha, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var blob = connection.Client.Git.Blob.Get(owner, name, sha).GetAwaiter().GetResult();
        var text = blob.Content ?? "";
        return blob.Encoding.StringValue == "base64" ? Convert.FromBase64String(text) : Encoding.UTF8.GetBytes(text);
    }

    private static (string Owner, string Name) Split(string repository)
    {
        var slash = repository.IndexOf('/');
        return (repository[..slash], repository[(slash + 1)..]);
    }
}
