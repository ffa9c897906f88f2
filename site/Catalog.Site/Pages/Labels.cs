using System.Globalization;
using Catalog.Domain.Classification;

namespace Catalog.Site.Pages;

/// <summary>How labels appear: a lower-case key for URLs, the enum name for badges, and fixed orders for tables.</summary>
internal static class Labels
{
    public static IReadOnlyList<RiskLevel> RisksHighestFirst { get; } = [RiskLevel.Critical, RiskLevel.High, RiskLevel.Medium, RiskLevel.Low];

    public static IReadOnlyList<ToolCategory> Categories { get; } = [ToolCategory.Read, ToolCategory.Write, ToolCategory.Execute];

    public static string Key(RiskLevel level) => level.ToString().ToLowerInvariant();

    public static string Key(ToolCategory category) => category.ToString().ToLowerInvariant();

    /// <summary>The flags that are set, in a fixed order; empty when none are.</summary>
    public static IReadOnlyList<string> Flags(ToolClassification classification)
    {
        var flags = new List<string>(3);
        if (classification.Destructive)
        {
            flags.Add("destructive");
        }

        if (classification.Financial)
        {
            flags.Add("financial");
        }

        if (classification.Sensitive)
        {
            flags.Add("sensitive");
        }

        return flags;
    }

    /// <summary>A search document's category name; empty when it is not classified.</summary>
    internal static string Category(Search.SearchDoc doc) => doc.Category < 0 ? "" : ((ToolCategory)doc.Category).ToString();

    /// <summary>A search document's risk name; empty when it is not classified.</summary>
    internal static string Risk(Search.SearchDoc doc) => doc.Risk < 0 ? "" : ((RiskLevel)doc.Risk).ToString();

    public static string Confidence(double confidence) => confidence.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Dates shown on pages come from the data only, as UTC days, so rebuilding never changes a page.</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
