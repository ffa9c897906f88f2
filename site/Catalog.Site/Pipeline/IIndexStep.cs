using Catalog.Domain.Catalog;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>
/// A step of the first pass over the catalogue, run for each server in the order they are read,
/// before any page is rendered: what every page may need to know about all servers (the search
/// index, which the similar-tools lists come from) and what is written in reading order (the export).
/// </summary>
internal interface IIndexStep
{
    string Name => GetType().Name;

    void Run(CatalogServer server, ServerAddresses addresses, SiteBuildContext context);
}
