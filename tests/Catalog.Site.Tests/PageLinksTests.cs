using System.Globalization;
using Catalog.Domain.Classification;
using Catalog.Site.Pages;

namespace Catalog.Site.Tests;

/// <summary>The label listings' addresses are made once per set of links; each must be the route spelled out.</summary>
public sealed class PageLinksTests
{
    public static TheoryData<string> BaseUrls => ["/", "/catalog", "https://example.test/mcp/"];

    [Theory]
    [MemberData(nameof(BaseUrls))]
    public void Risk_EveryLevelAndPage_TheRiskListingRoute(string baseUrl)
    {
        // Given the links of a site
        var links = new PageLinks(baseUrl);

        foreach (var level in Enum.GetValues<RiskLevel>().Append((RiskLevel)9))
        {
            // When a risk listing's address (and its pages') is asked for
            // Then it is the listing's folder under risk/, page 1 and below being the listing itself
            var folder = $"risk/{level.ToString().ToLowerInvariant()}/";
            Assert.Equal(new SiteAddress(folder + "index.html", links.BaseUrl + folder), links.Risk(level));
            Assert.Equal(links.Risk(level), links.Risk(level, 1));
            Assert.Equal(links.Risk(level), links.Risk(level, 0));
            Assert.All([2, 3, 10], page => Assert.Equal(PageOf(links, folder, page), links.Risk(level, page)));
        }
    }

    [Theory]
    [MemberData(nameof(BaseUrls))]
    public void Category_EveryCategoryAndPage_TheCategoryListingRoute(string baseUrl)
    {
        // Given the links of a site
        var links = new PageLinks(baseUrl);

        foreach (var category in Enum.GetValues<ToolCategory>().Append((ToolCategory)9))
        {
            // When a category listing's address (and its pages') is asked for
            // Then it is the listing's folder under categories/, page 1 and below being the listing itself
            var folder = $"categories/{category.ToString().ToLowerInvariant()}/";
            Assert.Equal(new SiteAddress(folder + "index.html", links.BaseUrl + folder), links.Category(category));
            Assert.Equal(links.Category(category), links.Category(category, 1));
            Assert.Equal(links.Category(category), links.Category(category, -4));
            Assert.All([2, 3, 10], page => Assert.Equal(PageOf(links, folder, page), links.Category(category, page)));
        }
    }

    [Fact]
    public void Risk_TwoSitesWithDifferentBases_EachItsOwnAddresses()
    {
        // Given the links of two sites with different bases
        var (root, nested) = (new PageLinks(), new PageLinks("/nested/"));

        // When the same listing is asked of both
        // Then each carries its own base
        Assert.Equal("/risk/high/", root.Risk(RiskLevel.High).Url);
        Assert.Equal("/nested/risk/high/", nested.Risk(RiskLevel.High).Url);
        Assert.Equal("/nested/categories/write/", nested.Category(ToolCategory.Write).Url);
    }

    private static SiteAddress PageOf(PageLinks links, string folder, int page)
    {
        var paged = folder + page.ToString(CultureInfo.InvariantCulture) + "/";
        return new SiteAddress(paged + "index.html", links.BaseUrl + paged);
    }
}
