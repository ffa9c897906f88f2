using Catalog.Domain.Classification;

namespace Catalog.Storage.Tests;

/// <summary>Classification labels for tests.</summary>
public static class Labels
{
    public static ToolClassification Label(
        string classifierVersion = "rules-1",
        ToolCategory category = ToolCategory.Read,
        RiskLevel risk = RiskLevel.Low,
        double confidence = 0.9,
        string reason = "The name starts with the verb 'list'") => new()
    {
        Category = category,
        Destructive = category == ToolCategory.Write,
        Financial = false,
        Sensitive = risk >= RiskLevel.High,
        Risk = risk,
        Confidence = confidence,
        Reasons = [new ClassificationReason("verb-prefix", reason)],
        ClassifierVersion = classifierVersion,
    };
}
