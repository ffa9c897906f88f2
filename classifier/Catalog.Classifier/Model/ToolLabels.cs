using Catalog.Domain.Classification;

namespace Catalog.Classifier.Model;

/// <summary>The five labels of the rubric, as a person or a labeler gives them to one tool.</summary>
public sealed record ToolLabels
{
    public required ToolCategory Category { get; init; }

    public required RiskLevel Risk { get; init; }

    public required bool Destructive { get; init; }

    public required bool Financial { get; init; }

    public required bool Sensitive { get; init; }

    public static ToolLabels From(ToolClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return new ToolLabels
        {
            Category = classification.Category,
            Risk = classification.Risk,
            Destructive = classification.Destructive,
            Financial = classification.Financial,
            Sensitive = classification.Sensitive,
        };
    }
}
