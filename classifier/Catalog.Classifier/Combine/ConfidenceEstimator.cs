using Catalog.Classifier.Rules;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Combine;

/// <summary>
/// How sure the rules are: high when the chosen category has plenty of evidence and little
/// competition, low when evidence is thin or the server's own hints contradict the rules.
/// </summary>
internal static class ConfidenceEstimator
{
    /// <summary>At or above this the rules' label stands on its own.</summary>
    public const double ConfidentAt = 0.8;

    public static double Estimate(CategoryScores scores, ToolCategory category, bool thin, bool contradicted, bool schemaUnreadable)
    {
        double confidence;
        if (thin)
        {
            confidence = 0.2 + 0.1 * Math.Min(1, scores.Max);
        }
        else
        {
            var top = scores[category];
            var rival = 0.0;
            foreach (var other in (ReadOnlySpan<ToolCategory>)[ToolCategory.Read, ToolCategory.Write, ToolCategory.Execute])
            {
                if (other != category)
                {
                    rival = Math.Max(rival, scores[other]);
                }
            }

            var margin = top <= 0 ? 0 : Math.Clamp((top - rival) / top, 0, 1);
            var strength = Math.Min(1, top / 5);
            confidence = 0.4 + 0.25 * margin + 0.3 * strength;
        }

        if (contradicted)
        {
            confidence -= 0.2;
        }

        if (schemaUnreadable)
        {
            confidence -= 0.05;
        }

        return Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2);
    }
}
