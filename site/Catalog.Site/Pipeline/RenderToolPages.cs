using Catalog.Site.Pages;
using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

internal sealed class RenderToolPages : IServerStep
{
    public void Run(ServerWork server, SiteBuildContext context)
    {
        foreach (var tool in server.Tools)
        {
            var page = ToolPage.Create(server.Server, server.Addresses, tool.Tool, tool.Addresses, tool.PolicyJson, tool.PolicyYaml, tool.Advice, context.Links) with
            {
                Similar = Similar(server, tool, context),
                Tokens = tool.Row.Tokens,
            };
            context.WritePage(tool.Addresses.Page, ToolPage.Template, page, $"{tool.Tool.Name} · {server.Server.Identity.Name}");
        }
    }

    private static IReadOnlyList<SimilarToolRow> Similar(ServerWork server, ToolWork tool, SiteBuildContext context)
    {
        if (tool.Tool.Classification is not { } label)
        {
            return [];
        }

        var links = context.Links;
        return SimilarTools.Find(context.Search, server.Server.Slug, tool.Tool.Name, label.Category)
            .Select(d => new SimilarToolRow(d.Tool!, links.BaseUrl + d.Path, d.Server.Name, $"{links.BaseUrl}servers/{d.Server.Segment}/", Labels.Category(d), Labels.Risk(d)))
            .ToList();
    }
}
