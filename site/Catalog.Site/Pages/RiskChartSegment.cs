namespace Catalog.Site.Pages;

/// <summary>The part of a bar for one risk level; <see cref="Title"/> is its tooltip and accessible text.</summary>
internal sealed record RiskChartSegment(string Risk, int X, int Y, int Width, int Height, string Title);
