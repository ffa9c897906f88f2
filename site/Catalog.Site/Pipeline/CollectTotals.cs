using Catalog.Site.Outputs.Api;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>Keeps what the site-wide pages need of this server; everything else about it can now be dropped.</summary>
internal sealed class CollectTotals : IServerStep
{
    public void Run(ServerWork server, SiteBuildContext context)
    {
        var totals = context.Totals;
        var identity = server.Server.Identity;
        var row = ServerRow.Create(identity.Name, server.Addresses.Page.Url, identity.Repository, server.Counts, server.Server.Facts.Language);
        var api = new ApiServerSummary
        {
            Slug = identity.Slug,
            Name = identity.Name,
            Repository = identity.Repository,
            Page = server.Addresses.Page.Url,
            Api = server.Addresses.Api.Url,
            Counts = server.Counts.ToApi(),
        };
        lock (totals)
        {
            totals.AddServerUrl(identity.Slug, server.Addresses.Segment, server.Addresses.Page.Url);
            totals.Counts.Add(server.Counts);
            totals.Servers.Add(new ListedServer(row, api));
            totals.Languages.Add(row.Language);
            foreach (var tool in server.Tools)
            {
                totals.AddToolUrl(identity.Slug, tool.Tool.Name, tool.Addresses.Page.Url);
            }
        }
    }
}
