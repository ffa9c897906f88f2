using System.Text.Json;
using Catalog.Site.Outputs;
using Catalog.Site.Outputs.Api;

namespace Catalog.Site.Pipeline;

internal sealed class WriteApiIndex : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        var index = new ApiIndex
        {
            Servers = context.Totals.Servers.Count,
            Tools = context.Totals.Counts.Tools,
            Items = Orderings.ByName(context.Totals.Servers).Select(s => s.Api).ToList(),
        };
        context.Output.Write(context.Links.ApiIndex.FilePath, JsonSerializer.SerializeToUtf8Bytes(index, SiteJsonContext.Default.ApiIndex));
    }
}
