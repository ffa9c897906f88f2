using Catalog.Crawler.Repositories;

namespace Catalog.Crawler.Sources;

/// <summary>Where repositories come from: a local folder, GitHub search, the MCP registry, an awesome list.</summary>
public interface IRepositorySource
{
    /// <summary>Identifies the source in stored records, e.g. <c>local:data/samples</c>.</summary>
    string Name { get; }

    IEnumerable<IRepositoryContent> Discover(CancellationToken cancellation = default);
}
