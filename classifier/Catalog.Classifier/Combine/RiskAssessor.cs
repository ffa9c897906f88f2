using Catalog.Domain.Classification;

namespace Catalog.Classifier.Combine;

/// <summary>
/// Risk from the rubric: a read is Low, or Medium when sensitive; a write is Medium, or High when
/// destructive; Execute is at least High. Rules raise it with floors (messaging, access changes,
/// money movement, code execution); a read never goes above Medium.
/// </summary>
internal static class RiskAssessor
{
    public static RiskLevel Assess(ToolCategory category, bool destructive, bool sensitive, RiskLevel? floor)
    {
        var risk = category switch
        {
            ToolCategory.Execute => RiskLevel.High,
            ToolCategory.Write => destructive ? RiskLevel.High : RiskLevel.Medium,
            _ => sensitive ? RiskLevel.Medium : RiskLevel.Low,
        };

        if (floor is { } raised && raised > risk)
        {
            risk = raised;
        }

        return category == ToolCategory.Read && risk > RiskLevel.Medium ? RiskLevel.Medium : risk;
    }
}
