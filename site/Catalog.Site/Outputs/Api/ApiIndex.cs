namespace Catalog.Site.Outputs.Api;

/// <summary><c>/api/index.json</c>: every server with its counts, ordered like the servers listing.</summary>
public sealed record ApiIndex
{
    public required int Servers { get; init; }
    public required int Tools { get; init; }
    public required IReadOnlyList<ApiServerSummary> Items { get; init; }
}
