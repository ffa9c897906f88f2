namespace Catalog.Site.Pages;

/// <summary>One category's bar: its label and link, the row's top, the baseline of its text, where its total is written, and its segments.</summary>
internal sealed record RiskChartRow(string Label, string Url, int Y, int TextY, int TotalX, int Total, IReadOnlyList<RiskChartSegment> Segments);
