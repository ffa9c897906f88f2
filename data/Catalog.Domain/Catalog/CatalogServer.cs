using Catalog.Domain.Servers;

namespace Catalog.Domain.Catalog;

/// <summary>A server as the catalogue shows it, with its current (not removed) tools ordered by name.</summary>
public sealed record CatalogServer
{
    public required ServerIdentity Identity { get; init; }
    public required ServerFacts Facts { get; init; }
    public required string Source { get; init; }
    public required IReadOnlyList<CatalogTool> Tools { get; init; }

    /// <summary>When the server or one of its tools last changed; stable across runs that change nothing.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    public string Slug => Identity.Slug;
}
