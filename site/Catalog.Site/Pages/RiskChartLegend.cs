namespace Catalog.Site.Pages;

/// <summary>One key of the chart's legend: a swatch at (X, Y) and its label at (TextX, TextY).</summary>
internal sealed record RiskChartLegend(string Risk, int X, int Y, int TextX, int TextY);
