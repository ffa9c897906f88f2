using System.Xml.Linq;
using HtmlAgilityPack;

namespace Catalog.Site.Tests;

/// <summary>What every page of the site shares, and the site-wide pages (home, listings, changes, sitemap).</summary>
public sealed class SitePagesTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    private readonly BuiltSite site = fixture.Site;

    private IEnumerable<(string Path, HtmlDocument Page)> AllPages() =>
        site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f, site.Page(f)));

    [Fact]
    public void EveryPage_Layout_HasLandmarksPolicyAndNoInlineCodeOrStyle()
    {
        // Given every HTML page of the site
        foreach (var (path, page) in AllPages())
        {
            var root = page.DocumentNode;

            // Then it has the layout's landmarks and the content security policy, and nothing inline the policy would block
            Assert.True(root.SelectSingleNode("//header") is not null && root.SelectSingleNode("//nav") is not null && root.SelectSingleNode("//main") is not null && root.SelectSingleNode("//footer") is not null, path);
            Assert.Equal(ContentSecurityPolicy, root.Find("//meta[@http-equiv='Content-Security-Policy']").GetAttributeValue("content", ""));
            Assert.All(root.FindAll("//script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttributeValue("src", "")), path));
            Assert.Null(root.SelectSingleNode("//style"));
            Assert.Null(root.SelectSingleNode("//*[@style]"));
            Assert.Null(root.SelectSingleNode("//*[@*[starts-with(name(), 'on')]]"));
            Assert.All(root.FindAll("//link[@rel='stylesheet']|//script[@src]"), n => Assert.StartsWith("/assets/", n.GetAttributeValue("href", n.GetAttributeValue("src", "")), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryPage_InternalLinks_PointAtExistingFiles()
    {
        // Given every HTML page
        foreach (var (path, page) in AllPages())
        {
            // When its internal links are resolved to files
            var hrefs = page.DocumentNode.FindAll("//a[@href]").Select(a => a.GetAttributeValue("href", "")).Where(h => h.StartsWith('/'));

            // Then each one exists
            Assert.All(hrefs, href => Assert.True(File.Exists(site.FileOf(href)), $"{path} links to missing {href}"));
        }
    }

    [Fact]
    public void Sitemap_Build_ListsEveryPage()
    {
        // Given the sitemap and the pages on disk
        var sitemap = XDocument.Load(site.File("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        // When both are listed as URLs
        var listed = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).Order(StringComparer.Ordinal).ToList();
        var pages = site.Files().Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).Select(f => "/" + f[..^"index.html".Length]).Order(StringComparer.Ordinal).ToList();

        // Then they are the same set
        Assert.Equal(pages, listed);
        Assert.Contains("/servers/acme-files/", listed);
    }

    [Fact]
    public void Home_Totals_CountServersToolsAndLabels()
    {
        // Given the home page
        var home = site.Page("index.html").DocumentNode;

        // When the counts are read
        var byRisk = home.FindAll("//table[caption='By risk']/tbody/tr").ToDictionary(r => r.Find(".//span").GetAttributeValue("data-risk", ""), r => BuiltSite.Text(r.Find("td")));
        var byCategory = home.FindAll("//table[caption='By category']/tbody/tr").ToDictionary(r => r.Find(".//span").GetAttributeValue("data-category", ""), r => BuiltSite.Text(r.Find("td")));

        // Then they add up the sample catalogue (14 tools, one unclassified)
        Assert.Equal(2, fixture.Result.Servers);
        Assert.Equal(14, fixture.Result.Tools);
        Assert.Equal("1", byRisk["Critical"]);
        Assert.Equal("2", byRisk["High"]);
        Assert.Equal("3", byRisk["Medium"]);
        Assert.Equal("7", byRisk["Low"]);
        Assert.Equal("8", byCategory["Read"]);
        Assert.Equal("4", byCategory["Write"]);
        Assert.Equal("1", byCategory["Execute"]);
        Assert.Equal("acme/acme-files", BuiltSite.Text(home.Find("//table[@class='servers']/tbody/tr[1]/td[1]")));
    }

    [Fact]
    public void Home_RecentChanges_NewestFirstAndRemovedToolsNotLinked()
    {
        // Given the home page
        var items = site.Page("index.html").DocumentNode.FindAll("//ul[@class='changes']/li");

        // Then changes are newest first; a removed tool is named but has no link
        Assert.Equal(3, items.Count);
        Assert.Equal("Changed", items[0].Find("span[@data-kind]").GetAttributeValue("data-kind", ""));
        var removed = items.Single(i => i.Find("span[@data-kind]").GetAttributeValue("data-kind", "") == "Removed");
        Assert.Null(removed.SelectSingleNode("a[contains(@href, 'old_tool')]"));
        Assert.Equal("old_tool", BuiltSite.Text(removed.Find("span[@class='tool-name']")));
        Assert.Equal("2025-01-10", BuiltSite.Text(items[2].Find("time")));
    }

    [Fact]
    public void RiskListing_Critical_ListsOnlyCriticalTools()
    {
        // Given the critical listing
        var rows = site.Page("risk/critical/index.html").DocumentNode.FindAll("//table[contains(@class,'tools')]/tbody/tr");

        // Then it holds the one critical tool
        var row = Assert.Single(rows);
        Assert.Equal("run_command", BuiltSite.Text(row.Find("td[1]")));
        Assert.Equal("Critical", row.Find(".//span[@data-risk]").GetAttributeValue("data-risk", ""));
    }

    [Fact]
    public void Listings_EveryLevelAndCategory_Exist()
    {
        // Then every listing page and the other site-wide files exist, even when a listing is empty
        foreach (var path in new[] { "risk/low", "risk/medium", "risk/high", "risk/critical", "categories/read", "categories/write", "categories/execute", "servers", "changes" })
        {
            Assert.True(File.Exists(site.File(path + "/index.html")), path);
        }

        Assert.True(File.Exists(site.File("404.html")));
        Assert.True(File.Exists(site.File("robots.txt")));
        Assert.True(File.Exists(site.File("api/index.json")));
        Assert.True(File.Exists(site.File("assets/site.css")));
        Assert.True(File.Exists(site.File("assets/copy.js")));
    }
}
