namespace Catalog.Testing;

/// <summary>Paths inside this repository and beside it, found from the test's working folder (never hard-coded).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Catalog.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string Samples => Path.Combine(Root, "data", "samples");

    /// <summary>The shared datasets folder beside the repository; may not exist on a developer's machine.</summary>
    public static string SharedDatasets => Path.GetFullPath(Path.Combine(Root, "..", "shared", "datasets"));

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        // The build records where the sources are, so tests built into another artifacts folder still find them.
        var recorded = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, recorded })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Catalog.sln not found above {AppContext.BaseDirectory}, {Environment.CurrentDirectory} or {recorded}.");
    }
}
