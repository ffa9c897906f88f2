namespace Catalog.Site.Outputs.Api;

/// <summary>One server in <c>/api/index.json</c>.</summary>
public sealed record ApiServerSummary
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Repository { get; init; }
    public required string Page { get; init; }
    public required string Api { get; init; }
    public required ApiCounts Counts { get; init; }
}
