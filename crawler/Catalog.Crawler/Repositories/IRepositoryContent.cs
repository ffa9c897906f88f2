namespace Catalog.Crawler.Repositories;

/// <summary>
/// Read access to one repository's files, wherever they are (a folder on disk, a GitHub tree).
/// Listing is cheap; reading costs (a request, for GitHub), so callers read only candidate files.
/// </summary>
public interface IRepositoryContent
{
    RepositoryDescriptor Descriptor { get; }

    IReadOnlyList<RepositoryFileEntry> ListFiles();

    /// <summary>The file's bytes. Throws <see cref="IOException"/> when it cannot be read.</summary>
    byte[] ReadFile(string path);
}
