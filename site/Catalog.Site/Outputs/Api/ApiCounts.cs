namespace Catalog.Site.Outputs.Api;

/// <summary>How many of a server's tools there are, how many are not classified yet, and how the classified ones split.</summary>
public sealed record ApiCounts
{
    public required int Tools { get; init; }
    public required int Unclassified { get; init; }
    public required ApiRiskCounts ByRisk { get; init; }
    public required ApiCategoryCounts ByCategory { get; init; }
}
