using Catalog.Domain.Classification;
using Catalog.Site.Outputs;
using Catalog.Site.Pages;
using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

/// <summary>
/// One listing per risk level and per category (written even when empty, so links never break),
/// split into pages of <see cref="PageSize"/> tools so that no page grows with the catalogue; and the
/// list of servers. Tool rows come from the search index's documents, which every build keeps anyway.
/// A page is rendered only when what it shows differs from what the previous build made it from (see
/// <see cref="SiteBuildContext.WritePageUnlessSame"/>): after a small change most listing pages stay.
/// </summary>
internal sealed class RenderListings : ISiteStep
{
    public const int PageSize = 500;

    public void Run(SiteBuildContext context)
    {
        // Sorted once; each listing keeps that order, being a filter of it.
        var tools = Sorted(context.Search.Docs.Where(d => !d.IsServer && d.Risk >= 0));
        foreach (var risk in Labels.RisksHighestFirst)
        {
            var matching = tools.Where(t => t.Risk == (sbyte)risk).ToList();
            WritePages(context, matching, page => context.Links.Risk(risk, page), new ToolListingPage
            {
                Heading = $"{risk} risk tools",
                Intro = $"Every classified tool whose risk is {risk}.",
                Kind = "risk",
                Value = risk.ToString(),
                Tools = [],
                Total = matching.Count,
            });
        }

        foreach (var category in Labels.Categories)
        {
            var matching = tools.Where(t => t.Category == (sbyte)category).ToList();
            WritePages(context, matching, page => context.Links.Category(category, page), new ToolListingPage
            {
                Heading = $"{category} tools",
                Intro = $"Every classified tool whose strongest effect is {category}.",
                Kind = "category",
                Value = category.ToString(),
                Tools = [],
                Total = matching.Count,
            });
        }

        var servers = new ServerListingPage
        {
            Servers = Orderings.ByName(context.Totals.Servers).Select(s => s.Row).ToList(),
            Languages = context.Totals.Languages.ToList(),
        };
        var inputs = new InputHash().Add(servers.Languages.Count);
        foreach (var language in servers.Languages)
        {
            inputs.Add(language);
        }

        foreach (var row in servers.Servers)
        {
            inputs.Add(row.Name).Add(row.Url).Add(row.Repository).Add(row.Language).Add(row.MaxRisk).Add(row.MaxRiskRank)
                .Add(row.Tools).Add(row.Unclassified).Add(row.Critical).Add(row.High).Add(row.Medium).Add(row.Low)
                .Add(row.Read).Add(row.Write).Add(row.Execute);
        }

        context.WritePageUnlessSame(context.Links.Servers, inputs.Finish(), () => (ServerListingPage.Template, servers, "Servers"));
    }

    /// <summary>
    /// By server name (case-insensitive, then exact), then server folder, then tool name: the order of every tool
    /// listing. The servers are sorted, then each server's few tools, which is much less work than sorting every tool.
    /// </summary>
    private static List<SearchDoc> Sorted(IEnumerable<SearchDoc> tools) =>
        tools.GroupBy(t => t.Server.Segment, StringComparer.Ordinal)
            .OrderBy(g => g.First().Server.Name, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.First().Server.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(t => t.Tool, StringComparer.Ordinal))
            .ToList();

    /// <summary>The pages of one listing, rendered on every core: at 600,000 tools a listing has hundreds.</summary>
    private static void WritePages(SiteBuildContext context, List<SearchDoc> tools, Func<int, SiteAddress> address, ToolListingPage template)
    {
        var pages = Math.Max(1, (tools.Count + PageSize - 1) / PageSize);
        Parallel.For(1, pages + 1, page =>
        {
            var shown = tools.Skip((page - 1) * PageSize).Take(PageSize).ToList();
            var inputs = new InputHash().Add(template.Heading).Add(template.Intro).Add(template.Kind).Add(template.Value)
                .Add(template.Total).Add(page).Add(pages).Add(shown.Count);
            foreach (var doc in shown)
            {
                inputs.Add(doc.Tool).Add(doc.ToolSegment).Add(doc.Server.Name).Add(doc.Server.Segment).Add(doc.Category).Add(doc.Risk).Add(doc.Flags).Add(doc.Confidence);
            }

            context.WritePageUnlessSame(address(page), inputs.Finish(), () =>
            {
                var model = template with
                {
                    Tools = shown.Select(t => Row(t, context.Links)).ToList(),
                    Page = page,
                    Pages = pages,
                    PreviousUrl = page > 1 ? address(page - 1).Url : null,
                    NextUrl = page < pages ? address(page + 1).Url : null,
                };
                var title = pages > 1 ? $"{template.Heading} (page {page})" : template.Heading;
                return (ToolListingPage.Template, model, title);
            });
        });
    }

    private static ToolRow Row(SearchDoc doc, PageLinks links)
    {
        var label = new ToolClassification
        {
            Category = (ToolCategory)doc.Category,
            Risk = (RiskLevel)doc.Risk,
            Destructive = (doc.Flags & 1) != 0,
            Financial = (doc.Flags & 2) != 0,
            Sensitive = (doc.Flags & 4) != 0,
            Confidence = doc.Confidence,
            Reasons = [],
            ClassifierVersion = "",
        };
        return new ToolRow
        {
            Name = doc.Tool!,
            Url = links.BaseUrl + doc.Path,
            ServerName = doc.Server.Name,
            ServerUrl = $"{links.BaseUrl}servers/{doc.Server.Segment}/",
            Classified = true,
            Category = label.Category.ToString(),
            Risk = label.Risk.ToString(),
            Flags = Labels.Flags(label),
            Confidence = Labels.Confidence(label.Confidence),
            RiskRank = (int)label.Risk,
        };
    }
}
