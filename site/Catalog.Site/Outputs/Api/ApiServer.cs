using Catalog.Domain.Policies;

namespace Catalog.Site.Outputs.Api;

/// <summary><c>/api/servers/{server}.json</c>: the server's facts, its tools with their labels, and its recommended (balanced) policy.</summary>
public sealed record ApiServer
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Repository { get; init; }
    public string? Subfolder { get; init; }
    public string? Description { get; init; }
    public string? Language { get; init; }
    public string? License { get; init; }
    public int? Stars { get; init; }
    public string? RepositoryUrl { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required string Page { get; init; }
    public required ApiCounts Counts { get; init; }
    public required IReadOnlyList<ApiTool> Tools { get; init; }
    public required PolicyDocument Policy { get; init; }
}
