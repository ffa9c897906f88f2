namespace Catalog.Classifier.Combine;

/// <summary>How the rules and the model are weighed when the rules alone are not confident.</summary>
public sealed record HybridOptions
{
    /// <summary>The weight of the rules' share of evidence against the model's probability (0 = model alone).</summary>
    public double RuleWeight { get; init; } = 0.7;

    /// <summary>How much confidence drops when the model disagrees with the chosen category.</summary>
    public double DisagreementPenalty { get; init; } = 0.15;

    public static HybridOptions Default { get; } = new();
}
