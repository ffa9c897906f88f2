using Catalog.Domain.Catalog;

namespace Catalog.Domain.Stores;

/// <summary>What the site and the CLI read. Servers stream in slug order so a large catalogue is never held whole.</summary>
public interface ICatalogReader
{
    IEnumerable<CatalogServer> ReadServers();
    CatalogServer? FindServer(string slug);

    /// <summary>Every server's stamp, in slug order (the order of <see cref="ReadServers"/>), read without loading the servers.</summary>
    IReadOnlyList<ServerStamp> ReadServerStamps();

    /// <summary>The most recent tool changes, newest first.</summary>
    IReadOnlyList<ToolChange> ReadChanges(int limit);
}
