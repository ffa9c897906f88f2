using Catalog.Domain.Catalog;

namespace Catalog.Site;

/// <summary>
/// The catalogue as the site builder reads it: once whole, to index it and decide which servers changed,
/// then only the servers whose pages must be rendered again. A store answers the second read with a
/// query for those servers, so a rebuild after a small change reads little more than the first pass.
/// </summary>
public interface ISiteCatalog
{
    /// <summary>Every server, in a stable order (the export follows it).</summary>
    IEnumerable<CatalogServer> ReadAll();

    /// <summary>The servers with these slugs, in any order; a slug no longer in the catalogue is left out.</summary>
    IEnumerable<CatalogServer> Read(IReadOnlySet<string> slugs);

    /// <summary>
    /// Every server's stamp (see <see cref="ServerStamp"/>) in the order of <see cref="ReadAll"/>, read without
    /// loading the servers; null when the catalogue cannot tell. With stamps a rebuild reads only the servers
    /// whose stamp changed since the previous build; without, it reads them all.
    /// </summary>
    IReadOnlyList<ServerStamp>? ReadStamps() => null;
}
