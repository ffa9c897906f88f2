using Catalog.Crawler.Sources;

namespace Catalog.Cli;

/// <summary>Builds repository sources from command-line values, with clear errors for missing folders.</summary>
public static class SourceFactory
{
    public static IRepositorySource Local(DirectoryInfo folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!folder.Exists)
        {
            throw new CatalogUsageException($"source folder '{folder.FullName}' does not exist.");
        }

        var display = folder.FullName == Path.GetFullPath(DefaultPaths.Samples) ? "samples" : Path.GetRelativePath(Environment.CurrentDirectory, folder.FullName);
        return new LocalFolderSource(folder.FullName, display);
    }
}
