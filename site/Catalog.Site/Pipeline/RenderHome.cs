using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

internal sealed class RenderHome : ISiteStep
{
    private const int RiskiestShown = 10;
    private const int ChangesShown = 20;

    public void Run(SiteBuildContext context)
    {
        var totals = context.Totals;
        var page = new HomePage
        {
            Chart = RiskChart.Create(totals.Counts, context.Links),
            Servers = totals.Servers.Count,
            Tools = totals.Counts.Tools,
            Unclassified = totals.Counts.Unclassified,
            ByCategory = totals.Counts.CategoryRows(context.Links),
            ByRisk = totals.Counts.RiskRows(context.Links),
            Riskiest = Orderings.RiskiestFirst(totals.Servers).Take(RiskiestShown).ToList(),
            RecentChanges = ChangeRows.Create(context.Changes, totals).Take(ChangesShown).ToList(),
        };
        context.WritePage(context.Links.Home, HomePage.Template, page, "MCP servers and the risk of their tools");
    }
}
