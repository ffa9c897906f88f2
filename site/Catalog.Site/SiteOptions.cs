namespace Catalog.Site;

/// <summary>Where and how to build the site.</summary>
public sealed record SiteOptions
{
    /// <summary>
    /// The site's folder. It is replaced as a whole at the end of a successful build, so it must be
    /// absent, empty, or a site this builder wrote (it holds <c>.catalog-manifest.json</c>).
    /// </summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Prefix of every link, e.g. "/" or "https://catalog.example/"; an absolute one makes sitemap.xml and robots.txt absolute.</summary>
    public string BaseUrl { get; init; } = "/";

    public string Title { get; init; } = "Catalog";
}
