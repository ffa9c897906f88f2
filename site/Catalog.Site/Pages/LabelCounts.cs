using Catalog.Domain.Classification;
using Catalog.Site.Outputs.Api;

namespace Catalog.Site.Pages;

/// <summary>Running counts of tools by risk and category, for one server or the whole catalogue.</summary>
internal sealed class LabelCounts
{
    private readonly int[] byRisk = new int[4];
    private readonly int[] byCategory = new int[3];
    private readonly int[] byCategoryAndRisk = new int[3 * 4];

    public int Tools { get; private set; }

    public int Unclassified { get; private set; }

    /// <summary>The highest risk of any classified tool; null when none is classified.</summary>
    public RiskLevel? MaxRisk { get; private set; }

    public void Add(ToolClassification? classification)
    {
        if (classification is null)
        {
            Tools++;
            Unclassified++;
            return;
        }

        Add(classification.Category, classification.Risk);
    }

    private void Add(ToolCategory category, RiskLevel risk)
    {
        Tools++;
        byRisk[(int)risk]++;
        byCategory[(int)category]++;
        byCategoryAndRisk[Cell(category, risk)]++;
        if (MaxRisk is null || risk > MaxRisk)
        {
            MaxRisk = risk;
        }
    }

    /// <summary>A tool by its labels as enum values; a negative category means not classified.</summary>
    public void Add(sbyte category, sbyte risk)
    {
        if (category < 0 || risk < 0)
        {
            Add((ToolClassification?)null);
            return;
        }

        Add((ToolCategory)category, (RiskLevel)risk);
    }

    public void Add(LabelCounts other)
    {
        Tools += other.Tools;
        Unclassified += other.Unclassified;
        for (var i = 0; i < byRisk.Length; i++)
        {
            byRisk[i] += other.byRisk[i];
        }

        for (var i = 0; i < byCategory.Length; i++)
        {
            byCategory[i] += other.byCategory[i];
        }

        for (var i = 0; i < byCategoryAndRisk.Length; i++)
        {
            byCategoryAndRisk[i] += other.byCategoryAndRisk[i];
        }

        if (other.MaxRisk is { } risk && (MaxRisk is null || risk > MaxRisk))
        {
            MaxRisk = risk;
        }
    }

    public int Of(RiskLevel level) => byRisk[(int)level];

    public int Of(ToolCategory category) => byCategory[(int)category];

    public int Of(ToolCategory category, RiskLevel level) => byCategoryAndRisk[Cell(category, level)];

    private static int Cell(ToolCategory category, RiskLevel level) => (int)category * 4 + (int)level;

    public IReadOnlyList<CountRow> RiskRows(PageLinks links) =>
        Labels.RisksHighestFirst.Select(r => new CountRow(r.ToString(), r.ToString(), Of(r), links.Risk(r).Url)).ToList();

    public IReadOnlyList<CountRow> CategoryRows(PageLinks links) =>
        Labels.Categories.Select(c => new CountRow(c.ToString(), c.ToString(), Of(c), links.Category(c).Url)).ToList();

    public ApiCounts ToApi() => new()
    {
        Tools = Tools,
        Unclassified = Unclassified,
        ByRisk = new ApiRiskCounts(Of(RiskLevel.Low), Of(RiskLevel.Medium), Of(RiskLevel.High), Of(RiskLevel.Critical)),
        ByCategory = new ApiCategoryCounts(Of(ToolCategory.Read), Of(ToolCategory.Write), Of(ToolCategory.Execute)),
    };
}
