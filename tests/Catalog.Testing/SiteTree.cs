namespace Catalog.Testing;

/// <summary>Whole folders in tests: copying a fixture tree, and reading a built site as a reader gets it.</summary>
public static class SiteTree
{
    /// <summary>The site builder's own files, left out of <see cref="Published"/>: the manifest records file times, the state is a cache.</summary>
    public static readonly IReadOnlySet<string> BuilderFiles = new HashSet<string>(StringComparer.Ordinal) { ".catalog-manifest.json", ".catalog-state.bin" };

    /// <summary>Every published file of a site by relative path ('/' separators) with its bytes.</summary>
    public static Dictionary<string, byte[]> Published(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !BuilderFiles.Contains(f))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(root, f)), StringComparer.Ordinal);

    /// <summary>Copies every file of <paramref name="from"/> under <paramref name="to"/>, keeping the layout.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
