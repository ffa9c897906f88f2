using Catalog.Classifier.Rules;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Combine;

/// <summary>
/// Picks the category from evidence the way the rubric does: the strongest effect that has enough
/// evidence wins (Execute over Write over Read), so a multi-action tool takes its strongest action,
/// but a stronger category needs a fair share of the evidence, so a stray word cannot outvote the name.
/// </summary>
internal static class CategoryDecider
{
    /// <summary>Below this nothing counts as evidence: the label falls back to Read with low confidence.</summary>
    public const double MinimumEvidence = 1.0;

    /// <summary>A stronger category wins when its evidence reaches this share of the best-supported one.</summary>
    public const double StrongerShare = 0.75;

    public static bool IsThin(CategoryScores scores) => scores.Max < MinimumEvidence;

    public static ToolCategory Decide(CategoryScores scores)
    {
        if (IsThin(scores))
        {
            return ToolCategory.Read;
        }

        var bar = Math.Max(MinimumEvidence, StrongerShare * scores.Max);
        foreach (var category in (ReadOnlySpan<ToolCategory>)[ToolCategory.Execute, ToolCategory.Write, ToolCategory.Read])
        {
            if (scores[category] >= bar)
            {
                return category;
            }
        }

        return ToolCategory.Read;
    }
}
