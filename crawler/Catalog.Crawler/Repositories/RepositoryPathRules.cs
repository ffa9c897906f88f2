namespace Catalog.Crawler.Repositories;

/// <summary>
/// Which parts of a repository can hold a server's own tool definitions. Dependencies, build output
/// and tests are passed over: a test that calls <c>server.tool(...)</c> does not define a tool.
/// </summary>
public static class RepositoryPathRules
{
    private static readonly HashSet<string> IgnoredDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules", "dist", "build", "out", "vendor", "target", "bin", "obj", ".git", ".github",
        "__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".pytest_cache", ".next", ".turbo",
        "coverage", "test", "tests", "__tests__", "spec", "specs", "testdata", "e2e", "third_party",
    };

    public static bool IsIgnoredDirectory(string name) => IgnoredDirectories.Contains(name);

    /// <summary>True when any folder of <paramref name="path"/> is ignored, or the file is a test by its name.</summary>
    public static bool IsIgnored(string path)
    {
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (IsIgnoredDirectory(parts[i]))
            {
                return true;
            }
        }

        return IsTestFile(parts[^1]);
    }

    private static bool IsTestFile(string fileName)
    {
        var lower = fileName.ToLowerInvariant();
        return lower.Contains(".test.", StringComparison.Ordinal)
            || lower.Contains(".spec.", StringComparison.Ordinal)
            || lower.EndsWith("_test.go", StringComparison.Ordinal)
            || lower.EndsWith("_test.py", StringComparison.Ordinal)
            || (lower.StartsWith("test_", StringComparison.Ordinal) && lower.EndsWith(".py", StringComparison.Ordinal))
            || lower.EndsWith("tests.cs", StringComparison.Ordinal)
            || lower.EndsWith("test.java", StringComparison.Ordinal)
            || lower.EndsWith("tests.java", StringComparison.Ordinal)
            || lower == "conftest.py";
    }

    /// <summary>The folder part of a path ('' for a file at the root).</summary>
    public static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>True when <paramref name="path"/> lies inside <paramref name="folder"/> ('' is the root and holds everything).</summary>
    public static bool IsUnder(string path, string folder) =>
        folder.Length == 0 || (path.Length > folder.Length && path[folder.Length] == '/' && path.StartsWith(folder, StringComparison.Ordinal));
}
