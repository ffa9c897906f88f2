namespace Catalog.Site.Pages;

/// <summary>The home page: catalogue totals, the riskiest servers and the latest changes.</summary>
internal sealed record HomePage
{
    public const string Template = "home.liquid";

    public required RiskChart Chart { get; init; }
    public required int Servers { get; init; }
    public required int Tools { get; init; }
    public required int Unclassified { get; init; }
    public required IReadOnlyList<CountRow> ByCategory { get; init; }
    public required IReadOnlyList<CountRow> ByRisk { get; init; }
    public required IReadOnlyList<ServerRow> Riskiest { get; init; }
    public required IReadOnlyList<ChangeRow> RecentChanges { get; init; }
}
