using Catalog.Domain.Servers;

namespace Catalog.Crawler.Repositories;

/// <summary>A repository checked out in a local folder. Symbolic links are not followed, so a hostile link cannot reach outside the folder.</summary>
public sealed class LocalRepositoryContent : IRepositoryContent
{
    private readonly string root;
    private IReadOnlyList<RepositoryFileEntry>? files;

    public LocalRepositoryContent(string rootDirectory, RepositoryDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(rootDirectory);
        ArgumentNullException.ThrowIfNull(descriptor);
        root = Path.GetFullPath(rootDirectory);
        Descriptor = descriptor;
    }

    public RepositoryDescriptor Descriptor { get; }

    public IReadOnlyList<RepositoryFileEntry> ListFiles() => files ??= Enumerate();

    public byte[] ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new IOException($"Path '{path}' leaves the repository folder.");
        }

        return File.ReadAllBytes(full);
    }

    /// <summary>Describes a local folder as a repository named after the folder.</summary>
    public static LocalRepositoryContent ForFolder(string directory, string source)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var descriptor = new RepositoryDescriptor
        {
            Repository = name,
            Slug = ServerSlugs.FromRepository(name),
            Facts = new ServerFacts(),
            Source = source,
        };
        return new LocalRepositoryContent(directory, descriptor);
    }

    private List<RepositoryFileEntry> Enumerate()
    {
        var result = new List<RepositoryFileEntry>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var entry in dir.EnumerateFileSystemInfos())
            {
                if (entry.LinkTarget is not null)
                {
                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    if (!RepositoryPathRules.IsIgnoredDirectory(sub.Name))
                    {
                        pending.Push(sub);
                    }
                }
                else if (entry is FileInfo file)
                {
                    var relative = Path.GetRelativePath(root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
                    result.Add(new RepositoryFileEntry(relative, file.Length));
                }
            }
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }
}
