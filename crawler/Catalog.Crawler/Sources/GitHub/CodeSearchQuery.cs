namespace Catalog.Crawler.Sources.GitHub;

/// <summary>One code search: the terms, narrowed to a file name or an extension.</summary>
public sealed record CodeSearchQuery(string Terms, string? FileName = null, string? Extension = null)
{
    public override string ToString() =>
        Terms + (FileName is null ? "" : $" filename:{FileName}") + (Extension is null ? "" : $" extension:{Extension}");
}
