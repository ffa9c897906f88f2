using Catalog.Crawler.Extraction;
using Catalog.Domain.Servers;

namespace Catalog.Crawler.Repositories;

/// <summary>Turns one repository into the snapshots of the servers it holds (one for most, several for a monorepo).</summary>
public sealed class RepositoryScanner
{
    private readonly ServerToolExtractor extractor;

    public RepositoryScanner(ServerToolExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        this.extractor = extractor;
    }

    /// <summary>
    /// Identifies the extraction code, so a crawl reads unchanged repositories again once it improved. It is the
    /// crawler assembly's module version id, which builds derive from the source because they are deterministic:
    /// the same source gives the same version, and any change to the crawler (not only to the extractors) gives a new
    /// one, which costs a full rescan rather than risking servers read by outdated code.
    /// </summary>
    public static string Version { get; } = typeof(RepositoryScanner).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    public static RepositoryScanner CreateDefault() => new(new ServerToolExtractor(ToolExtractorSet.CreateDefault()));

    public IReadOnlyList<ServerSnapshot> Scan(IRepositoryContent repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var descriptor = repository.Descriptor;
        var roots = ServerLayout.FindServerRoots(repository);
        var snapshots = new List<ServerSnapshot>(roots.Count);
        foreach (var root in roots)
        {
            var result = extractor.Extract(repository, root, roots);
            var facts = descriptor.Facts with
            {
                Description = descriptor.Facts.Description ?? root.Description ?? RepositoryFacts.ReadmeSummary(repository, root.Folder),
                Language = result.Language ?? descriptor.Facts.Language,
                License = descriptor.Facts.License ?? RepositoryFacts.License(repository, root.Folder),
            };
            snapshots.Add(new ServerSnapshot
            {
                Identity = new ServerIdentity
                {
                    Slug = ServerSlugs.ForServer(descriptor.Slug, root.Folder),
                    Name = DisplayName(descriptor.Repository, root),
                    Repository = descriptor.Repository,
                    Subfolder = root.Folder,
                },
                Facts = facts,
                Tools = result.Tools,
                Source = descriptor.Source,
                Skipped = result.Skipped,
            });
        }

        return snapshots;
    }

    private static string DisplayName(string repository, ServerRoot root)
    {
        if (!string.IsNullOrWhiteSpace(root.PackageName))
        {
            return root.PackageName.Trim();
        }

        return root.Folder.Length == 0 ? repository : $"{repository}/{root.Folder}";
    }
}
