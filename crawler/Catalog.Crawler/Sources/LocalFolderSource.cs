using Catalog.Crawler.Repositories;

namespace Catalog.Crawler.Sources;

/// <summary>
/// Offline source: every sub-folder of a folder is a repository, as if cloned there (the bundled
/// samples are such a folder). Hidden folders are passed over.
/// </summary>
public sealed class LocalFolderSource : IRepositorySource
{
    private readonly string root;

    public LocalFolderSource(string rootDirectory, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(rootDirectory);
        root = Path.GetFullPath(rootDirectory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Source folder '{rootDirectory}' does not exist.");
        }

        Name = "local:" + (displayPath ?? rootDirectory).Replace('\\', '/').TrimEnd('/');
    }

    public string Name { get; }

    public IEnumerable<IRepositoryContent> Discover(CancellationToken cancellation = default)
    {
        if (IsRepository(root))
        {
            // A server author pointing Catalog at their own checkout: the folder is the repository.
            yield return LocalRepositoryContent.ForFolder(root, Name);
            yield break;
        }

        foreach (var dir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var info = new DirectoryInfo(dir);
            if (info.Name.StartsWith('.') || info.LinkTarget is not null)
            {
                continue;
            }

            yield return LocalRepositoryContent.ForFolder(dir, Name);
        }
    }

    /// <summary>A folder is a repository, not a folder of repositories, when it is a git checkout or has a package manifest at its root.</summary>
    public static bool IsRepository(string directory) =>
        Directory.Exists(Path.Combine(directory, ".git"))
        || Directory.EnumerateFiles(directory).Any(f => ServerLayout.IsManifest(Path.GetFileName(f)) || f.EndsWith("manifest.json", StringComparison.Ordinal));
}
