namespace Catalog.Site.Outputs.Api;

/// <summary>A tool's label as the API shows it; category and risk are the lower-case keys used in URLs.</summary>
public sealed record ApiLabel
{
    public required string Category { get; init; }
    public required string Risk { get; init; }
    public required bool Destructive { get; init; }
    public required bool Financial { get; init; }
    public required bool Sensitive { get; init; }
    public required double Confidence { get; init; }
    public required string ClassifierVersion { get; init; }
}
