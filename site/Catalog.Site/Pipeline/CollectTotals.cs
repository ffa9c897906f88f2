using Catalog.Site.Outputs.Api;
using Catalog.Site.Pages;
using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

/// <summary>Keeps what the site-wide pages need of a server, rebuilt or carried over; everything else about it can then be dropped.</summary>
internal static class CollectTotals
{
    /// <summary>A server read in this build.</summary>
    public static void Run(IndexedServer server, SiteBuildContext context)
    {
        var identity = server.Server.Identity;
        Run(identity.Slug, identity.Name, identity.Repository, server.Server.Facts.Language, server.Addresses.Segment, server.Counts, server.Addresses.ToolSegments, context);
    }

    /// <summary>A server known from the previous build's state: its search documents say all the totals need.</summary>
    public static void Run(Outputs.SiteState.StateServer server, IReadOnlyList<SearchDoc> docs, SiteBuildContext context)
    {
        var counts = new LabelCounts();
        var tools = new Dictionary<string, string>(docs.Count, StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (doc.Tool is not null)
            {
                counts.Add(doc.Category, doc.Risk);
                tools[doc.Tool] = doc.ToolSegment;
            }
        }

        Run(server.Slug, server.Name, server.Repository, server.Language, server.Segment, counts, tools, context);
    }

    private static void Run(string slug, string name, string repository, string? language, string segment, LabelCounts counts, IReadOnlyDictionary<string, string> tools, SiteBuildContext context)
    {
        var totals = context.Totals;
        var links = context.Links;
        var page = $"{links.BaseUrl}servers/{segment}/";
        var row = ServerRow.Create(name, page, repository, counts, language);
        var api = new ApiServerSummary
        {
            Slug = slug,
            Name = name,
            Repository = repository,
            Page = page,
            Api = $"{links.BaseUrl}api/servers/{segment}.json",
            Counts = counts.ToApi(),
        };
        lock (totals)
        {
            totals.AddServerUrl(slug, segment, page);
            totals.Counts.Add(counts);
            totals.Servers.Add(new ListedServer(row, api));
            totals.Languages.Add(row.Language);
            foreach (var (tool, toolSegment) in tools)
            {
                totals.AddToolUrl(slug, tool, $"{page}tools/{toolSegment}/");
            }
        }
    }
}
