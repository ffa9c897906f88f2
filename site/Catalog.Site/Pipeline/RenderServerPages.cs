using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

internal sealed class RenderServerPages : IServerStep
{
    public void Run(ServerWork server, SiteBuildContext context)
    {
        var page = ServerPage.Create(server.Server, server.Addresses, server.Tools.Select(t => t.Row).ToList(), server.Counts, server.PolicyJson, server.PolicyYaml, context.Links) with
        {
            Grade = ServerGrade.Of(server.Counts),
            Tokens = server.Tools.Sum(t => t.Row.Tokens ?? 0),
            UnmeasuredTools = server.Tools.Count(t => t.Row.Tokens is null),
        };
        context.WritePage(server.Addresses.Page, ServerPage.Template, page, server.Server.Identity.Name);
    }
}
