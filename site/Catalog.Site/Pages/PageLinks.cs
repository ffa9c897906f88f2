using Catalog.Domain.Classification;

namespace Catalog.Site.Pages;

/// <summary>
/// The one place that knows the site's routes. Every page path and every link is derived here from
/// slugs made by <see cref="Slugs"/>, so what is written and what is linked always agree.
/// </summary>
public sealed class PageLinks
{
    // Every tool page links its category and risk listings: a handful of addresses, made once.
    private readonly EnumTable<RiskLevel, SiteAddress> risks;
    private readonly EnumTable<ToolCategory, SiteAddress> categories;

    public PageLinks(string baseUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        risks = new(level => Folder(RiskFolder(level)));
        categories = new(category => Folder(CategoryFolder(category)));
    }

    /// <summary>Prefix of every URL, always ending with '/'; an absolute one (https://...) makes the sitemap absolute too.</summary>
    public string BaseUrl { get; }

    public SiteAddress Home => Folder("");

    public SiteAddress Servers => Folder("servers/");

    public SiteAddress Changes => Folder("changes/");

    public SiteAddress NotFound => File("404.html");

    public SiteAddress ApiIndex => File("api/index.json");

    public SiteAddress Sitemap => File("sitemap.xml");

    public SiteAddress Robots => File("robots.txt");

    /// <summary>The JSON Schema of policy.json v1.</summary>
    public SiteAddress PolicySchema => File("schema/policy.v1.json");

    public SiteAddress Search => Folder("search/");

    /// <summary>The search index's folder (manifest and shards), relative, ending with '/'.</summary>
    public string SearchFolder => "search/";

    public SiteAddress SearchManifest => File("search/index.json");

    /// <summary>The Atom feed of the changes page.</summary>
    public SiteAddress ChangesFeed => File("changes/feed.xml");

    public SiteAddress LlmsTxt => File("llms.txt");

    /// <summary>The whole catalogue, one tool per line, gzip-compressed (see <see cref="Outputs.CatalogExportWriter"/>).</summary>
    public SiteAddress CatalogExport => File("api/catalog.jsonl.gz");

    public SiteAddress Risk(RiskLevel level) => risks[level];

    /// <summary>Page <paramref name="page"/> (from 1) of a risk listing; page 1 is the listing's own address.</summary>
    public SiteAddress Risk(RiskLevel level, int page) => page <= 1 ? risks[level] : Paged(RiskFolder(level), page);

    public SiteAddress Category(ToolCategory category) => categories[category];

    public SiteAddress Category(ToolCategory category, int page) => page <= 1 ? categories[category] : Paged(CategoryFolder(category), page);

    /// <summary>One of the site's own embedded assets (e.g. <c>site.css</c>); never a name from data.</summary>
    public SiteAddress Asset(string fileName) => File("assets/" + fileName);

    /// <summary>The addresses of a server (by its catalogue slug) and of the tools with the given names.</summary>
    public ServerAddresses ForServer(string serverSlug, IEnumerable<string> toolNames)
    {
        ArgumentNullException.ThrowIfNull(serverSlug);
        ArgumentNullException.ThrowIfNull(toolNames);
        return new ServerAddresses(this, Slugs.ForPath(serverSlug), Slugs.ForFolder(toolNames));
    }

    /// <summary>The URL of an output file that is a page (a folder's index.html); null for any other file.</summary>
    internal string? PageUrlOf(string filePath)
    {
        const string index = "index.html";
        return filePath == index || filePath.EndsWith("/" + index, StringComparison.Ordinal) ? BaseUrl + filePath[..^index.Length] : null;
    }

    private static string RiskFolder(RiskLevel level) => $"risk/{Labels.Key(level)}/";

    private static string CategoryFolder(ToolCategory category) => $"categories/{Labels.Key(category)}/";

    private SiteAddress Paged(string folder, int page) =>
        page <= 1 ? Folder(folder) : Folder(folder + page.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/");

    internal SiteAddress Folder(string folder) => new(folder + "index.html", BaseUrl + folder);

    internal SiteAddress File(string path) => new(path, BaseUrl + path);
}
