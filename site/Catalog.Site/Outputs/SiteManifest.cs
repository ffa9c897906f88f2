namespace Catalog.Site.Outputs;

/// <summary>
/// <c>.catalog-manifest.json</c>: every file of the site (path relative to the output, '/' separators)
/// with the SHA-256 of its content. Lets the next build skip unchanged files and remove stale ones,
/// and marks the folder as a site the builder may replace.
/// </summary>
internal sealed record SiteManifest
{
    public const string FileName = ".catalog-manifest.json";

    public int Version { get; init; } = 1;

    public required IReadOnlyDictionary<string, string> Files { get; init; }
}
