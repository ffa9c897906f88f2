using Catalog.Domain.Catalog;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>Appends the server's tools to <c>/api/catalog.jsonl</c>, which is open for the whole first pass.</summary>
internal sealed class ExportCatalog : IIndexStep
{
    public void Run(CatalogServer server, ServerAddresses addresses, SiteBuildContext context) =>
        (context.Export ?? throw new InvalidOperationException("The export is not open.")).Write(server, addresses);
}
