namespace Catalog.Crawler.Extraction;

/// <summary>A text file of a repository that passed the size, binary and UTF-8 checks. Paths are relative, with '/'.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>The file name's extension in lower case, with the dot (".ts"), or empty.</summary>
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();
}
