using Catalog.Domain.Catalog;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

internal sealed class IndexForSearch : IIndexStep
{
    public void Run(CatalogServer server, ServerAddresses addresses, SiteBuildContext context) =>
        context.Search.Add(server, addresses.Segment, addresses.ToolSegments);
}
