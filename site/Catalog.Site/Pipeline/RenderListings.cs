using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>One page per risk level and per category (written even when empty, so links never break), and the list of servers.</summary>
internal sealed class RenderListings : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        var tools = context.Totals.Tools;
        foreach (var risk in Labels.RisksHighestFirst)
        {
            var page = new ToolListingPage
            {
                Heading = $"{risk} risk tools",
                Intro = $"Every classified tool whose risk is {risk}.",
                Kind = "risk",
                Value = risk.ToString(),
                Tools = Orderings.ByServerThenName(tools.Where(t => t.Risk == risk).Select(t => t.Row)).ToList(),
            };
            context.WritePage(context.Links.Risk(risk), ToolListingPage.Template, page, page.Heading);
        }

        foreach (var category in Labels.Categories)
        {
            var page = new ToolListingPage
            {
                Heading = $"{category} tools",
                Intro = $"Every classified tool whose strongest effect is {category}.",
                Kind = "category",
                Value = category.ToString(),
                Tools = Orderings.ByServerThenName(tools.Where(t => t.Category == category).Select(t => t.Row)).ToList(),
            };
            context.WritePage(context.Links.Category(category), ToolListingPage.Template, page, page.Heading);
        }

        var servers = new ServerListingPage { Servers = Orderings.ByName(context.Totals.Servers).Select(s => s.Row).ToList() };
        context.WritePage(context.Links.Servers, ServerListingPage.Template, servers, "Servers");
    }
}
