namespace Catalog.Domain.Tools;

/// <summary>Where a tool is defined: a path relative to the repository root, with '/' separators, and a 1-based line.</summary>
public sealed record SourceLocation(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";
}
