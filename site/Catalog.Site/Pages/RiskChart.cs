using System.Globalization;
using Catalog.Domain.Classification;

namespace Catalog.Site.Pages;

/// <summary>
/// A horizontal stacked bar per category, split by risk, laid out at build time so the page needs
/// no script to draw it. Coordinates are in the SVG's own units; the template only places them.
/// </summary>
internal sealed record RiskChart
{
    public const int Width = 640;
    public const int LabelWidth = 90;
    public const int BarHeight = 28;
    public const int RowGap = 12;
    public const int BarArea = Width - LabelWidth - 70;

    public required IReadOnlyList<RiskChartRow> Rows { get; init; }
    public required IReadOnlyList<RiskChartLegend> Legend { get; init; }
    public required int Height { get; init; }
    public required string Summary { get; init; }
    public int ViewWidth => Width;
    public int LegendY => Rows.Count * (BarHeight + RowGap) + 14;

    public static RiskChart Create(LabelCounts counts, PageLinks links)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(links);
        var largest = Math.Max(1, Labels.Categories.Max(counts.Of));
        var rows = new List<RiskChartRow>();
        var y = 0;
        foreach (var category in Labels.Categories)
        {
            var x = LabelWidth;
            var segments = new List<RiskChartSegment>();

            // Low first, so the bar reads from harmless to harmful, left to right.
            foreach (var risk in Labels.RisksHighestFirst.Reverse())
            {
                var n = counts.Of(category, risk);
                if (n == 0)
                {
                    continue;
                }

                var width = Math.Max(2, (int)Math.Round((double)n * BarArea / largest));
                segments.Add(new RiskChartSegment(risk.ToString(), x, y, width, BarHeight, $"{category}, {risk} risk: {n.ToString(CultureInfo.InvariantCulture)}"));
                x += width;
            }

            rows.Add(new RiskChartRow(category.ToString(), links.Category(category).Url, y, y + BarHeight / 2 + 5, x + 6, counts.Of(category), segments));
            y += BarHeight + RowGap;
        }

        var legend = Labels.RisksHighestFirst.Reverse().Select((risk, i) => new RiskChartLegend(risk.ToString(), LabelWidth + i * 110, y + 2, LabelWidth + i * 110 + 18, y + 13)).ToList();
        var summary = string.Join("; ", Labels.Categories.Select(c =>
            $"{c}: {counts.Of(c).ToString(CultureInfo.InvariantCulture)} ({string.Join(", ", Labels.RisksHighestFirst.Select(r => $"{counts.Of(c, r).ToString(CultureInfo.InvariantCulture)} {r}"))})"));
        return new RiskChart { Rows = rows, Legend = legend, Height = y + 24, Summary = summary };
    }
}
