using Catalog.Crawler.Repositories;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// A repository's tree at one commit, listed by one request; a file costs a request only when the scanner reads it.
/// The first read that fails is kept: a fetch with a file missing for a passing reason must not be stored as if the
/// file had no tools, so the fetcher turns it into a failed outcome instead.
/// </summary>
internal sealed class GitHubRepositoryContent : IRepositoryContent
{
    private readonly IReadOnlyList<RepositoryFileEntry> files;
    private readonly Dictionary<string, string> blobs;
    private readonly Func<string, byte[]> readBlob;
    private readonly Dictionary<string, byte[]> read = new(StringComparer.Ordinal);
    private Exception? failure;
    private string? failedPath;

    /// <param name="descriptor">The repository as the scanner names it.</param>
    /// <param name="files">The tree's files with their blob ids.</param>
    /// <param name="readBlob">Reads one blob by id; throws on any failure.</param>
    public GitHubRepositoryContent(RepositoryDescriptor descriptor, IReadOnlyList<(RepositoryFileEntry Entry, string BlobSha)> files, Func<string, byte[]> readBlob)
    {
        Descriptor = descriptor;
        this.files = [.. files.Select(f => f.Entry)];
        blobs = files.ToDictionary(f => f.Entry.Path, f => f.BlobSha, StringComparer.Ordinal);
        this.readBlob = readBlob;
    }

    public RepositoryDescriptor Descriptor { get; }

    /// <summary>The first failed read, or null when every read succeeded.</summary>
    public Exception? Failure => failure;

    public string? FailedPath => failedPath;

    public IReadOnlyList<RepositoryFileEntry> ListFiles() => files;

    public byte[] ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (read.TryGetValue(path, out var known))
        {
            return known;
        }

        if (!blobs.TryGetValue(path, out var sha))
        {
            throw new IOException($"'{path}' is not in the repository's tree.");
        }

        try
        {
            var bytes = readBlob(sha);
            read[path] = bytes;
            return bytes;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (failure is null)
            {
                failure = ex;
                failedPath = path;
            }

            throw new IOException($"'{path}' could not be fetched.", ex);
        }
    }
}
