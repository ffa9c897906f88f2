using Catalog.Domain.Servers;

namespace Catalog.Crawler.Repositories;

/// <summary>
/// A repository as a source hands it over: its name (<c>owner/name</c>, or a folder name for local
/// sources), the slug its servers are named after, what the source already knows about it, and where it came from.
/// </summary>
public sealed record RepositoryDescriptor
{
    public required string Repository { get; init; }
    public required string Slug { get; init; }
    public required ServerFacts Facts { get; init; }
    public required string Source { get; init; }
}
