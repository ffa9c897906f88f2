using System.Globalization;
using Catalog.Domain.Classification;

namespace Catalog.Site.Pages;

/// <summary>How labels appear: a lower-case key for URLs, the enum name for badges, and fixed orders for tables.</summary>
internal static class Labels
{
    public static IReadOnlyList<RiskLevel> RisksHighestFirst { get; } = [RiskLevel.Critical, RiskLevel.High, RiskLevel.Medium, RiskLevel.Low];

    public static IReadOnlyList<ToolCategory> Categories { get; } = [ToolCategory.Read, ToolCategory.Write, ToolCategory.Execute];

    private static readonly EnumTable<RiskLevel, string> RiskKeys = new(level => level.ToString().ToLowerInvariant());
    private static readonly EnumTable<ToolCategory, string> CategoryKeys = new(category => category.ToString().ToLowerInvariant());
    private static readonly EnumTable<RiskLevel, string> RiskNames = new(level => level.ToString());
    private static readonly EnumTable<ToolCategory, string> CategoryNames = new(category => category.ToString());

    /// <summary>"0.00" to "1.00", by hundredths: what <see cref="Confidence"/> gives for a confidence in [0, 1].</summary>
    private static readonly string[] Hundredths = [.. Enumerable.Range(0, 101).Select(n => (n / 100m).ToString("0.00", CultureInfo.InvariantCulture))];

    /// <summary>
    /// How close to half a hundredth a confidence must be for <see cref="Confidence"/> to leave it to the formatter: it
    /// rounds the value's first 15 digits, which can fall either side of a midpoint the double itself is just off.
    /// </summary>
    private const double MidpointMargin = 1e-6;

    public static string Key(RiskLevel level) => RiskKeys[level];

    public static string Key(ToolCategory category) => CategoryKeys[category];

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
    internal static string Category(Search.SearchDoc doc) => doc.Category < 0 ? "" : CategoryNames[(ToolCategory)doc.Category];

    /// <summary>A search document's risk name; empty when it is not classified.</summary>
    internal static string Risk(Search.SearchDoc doc) => doc.Risk < 0 ? "" : RiskNames[(RiskLevel)doc.Risk];

    /// <summary>The confidence to two decimals (<c>0.00</c>, midpoints away from zero); from a table for the usual [0, 1].</summary>
    public static string Confidence(double confidence)
    {
        var scaled = confidence * 100;
        var whole = Math.Floor(scaled);
        var fraction = scaled - whole;
        if (confidence is >= 0 and <= 1 && !double.IsNegative(confidence) && Math.Abs(fraction - 0.5) > MidpointMargin)
        {
            return Hundredths[(int)whole + (fraction > 0.5 ? 1 : 0)];
        }

        return confidence.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>Dates shown on pages come from the data only, as UTC days, so rebuilding never changes a page.</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
