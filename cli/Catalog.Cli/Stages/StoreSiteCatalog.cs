using Catalog.Domain.Catalog;
using Catalog.Domain.Stores;
using Catalog.Site;

namespace Catalog.Cli.Stages;

/// <summary>
/// The store as the site builder's catalogue: every server streamed in slug order, then the servers to
/// render looked up one by one, or streamed again and filtered when they are many (one query beats
/// thousands).
/// </summary>
public sealed class StoreSiteCatalog(ICatalogReader reader) : ISiteCatalog
{
    /// <summary>Past this many servers to render, one streaming read costs less than a lookup each.</summary>
    public const int LookupLimit = 500;

    public IEnumerable<CatalogServer> ReadAll() => reader.ReadServers();

    public IEnumerable<CatalogServer> Read(IReadOnlySet<string> slugs)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        return slugs.Count <= LookupLimit
            ? slugs.Order(StringComparer.Ordinal).Select(reader.FindServer).OfType<CatalogServer>()
            : reader.ReadServers().Where(s => slugs.Contains(s.Slug));
    }

    /// <summary>The store's revision stamps, so a rebuild reads only the servers that changed since the site was built.</summary>
    public IReadOnlyList<ServerStamp> ReadStamps() => reader.ReadServerStamps();
}
