using Catalog.Domain.Classification;

namespace Catalog.Site.Pages;

/// <summary>What every page shares: the site's title and the links of the header, navigation and footer.</summary>
internal sealed record SiteChrome
{
    public required string Title { get; init; }
    public required string HomeUrl { get; init; }
    public required string ServersUrl { get; init; }
    public required string ChangesUrl { get; init; }
    public required string ApiUrl { get; init; }
    public required string CssUrl { get; init; }
    public required string ScriptUrl { get; init; }
    public required IReadOnlyList<NavLink> RiskLinks { get; init; }
    public required IReadOnlyList<NavLink> CategoryLinks { get; init; }

    public static SiteChrome Create(string title, PageLinks links) => new()
    {
        Title = title,
        HomeUrl = links.Home.Url,
        ServersUrl = links.Servers.Url,
        ChangesUrl = links.Changes.Url,
        ApiUrl = links.ApiIndex.Url,
        CssUrl = links.Asset("site.css").Url,
        ScriptUrl = links.Asset("copy.js").Url,
        RiskLinks = Labels.RisksHighestFirst.Select(r => new NavLink(r.ToString(), links.Risk(r).Url)).ToList(),
        CategoryLinks = Labels.Categories.Select(c => new NavLink(c.ToString(), links.Category(c).Url)).ToList(),
    };
}
