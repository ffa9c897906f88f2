namespace Catalog.Crawler.Extraction;

/// <summary>The display name of a source file's language, by extension; null for manifests and prose.</summary>
public static class LanguageNames
{
    public static string? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".ts" or ".tsx" or ".mts" or ".cts" => "TypeScript",
        ".js" or ".jsx" or ".mjs" or ".cjs" => "JavaScript",
        ".py" => "Python",
        ".go" => "Go",
        ".cs" => "C#",
        ".rs" => "Rust",
        ".java" => "Java",
        ".kt" => "Kotlin",
        _ => null,
    };
}
