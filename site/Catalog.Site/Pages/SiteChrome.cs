using Catalog.Domain.Classification;

namespace Catalog.Site.Pages;

/// <summary>What every page shares: the site's title and the links of the header, navigation and footer.</summary>
internal sealed record SiteChrome
{
    /// <summary>
    /// The site's scripts, each doing nothing on a page without its elements: small enough that one
    /// cached download of each beats a per-page choice. None is needed to read any page.
    /// </summary>
    public static readonly IReadOnlyList<string> ScriptFiles = ["copy.js", "sort.js", "filter.js", "search.js"];

    public required string Title { get; init; }
    public required string BaseUrl { get; init; }
    public required string HomeUrl { get; init; }
    public required string ServersUrl { get; init; }
    public required string ChangesUrl { get; init; }
    public required string FeedUrl { get; init; }
    public required string SearchUrl { get; init; }
    public required string ApiUrl { get; init; }
    public required string ExportUrl { get; init; }
    public required string LlmsUrl { get; init; }
    public required string CssUrl { get; init; }

    /// <summary>The site's icon; without one every browser asks for /favicon.ico and logs the 404.</summary>
    public required string IconUrl { get; init; }
    public required string ScriptUrl { get; init; }
    public required IReadOnlyList<string> ScriptUrls { get; init; }
    public required IReadOnlyList<NavLink> RiskLinks { get; init; }
    public required IReadOnlyList<NavLink> CategoryLinks { get; init; }

    public static SiteChrome Create(string title, PageLinks links) => new()
    {
        Title = title,
        BaseUrl = links.BaseUrl,
        HomeUrl = links.Home.Url,
        ServersUrl = links.Servers.Url,
        ChangesUrl = links.Changes.Url,
        FeedUrl = links.ChangesFeed.Url,
        SearchUrl = links.Search.Url,
        ApiUrl = links.ApiIndex.Url,
        ExportUrl = links.CatalogExport.Url,
        LlmsUrl = links.LlmsTxt.Url,
        CssUrl = links.Asset("site.css").Url,
        IconUrl = links.Asset("favicon.svg").Url,
        ScriptUrl = links.Asset("copy.js").Url,
        ScriptUrls = ScriptFiles.Select(f => links.Asset(f).Url).ToList(),
        RiskLinks = Labels.RisksHighestFirst.Select(r => new NavLink(r.ToString(), links.Risk(r).Url)).ToList(),
        CategoryLinks = Labels.Categories.Select(c => new NavLink(c.ToString(), links.Category(c).Url)).ToList(),
    };
}
