namespace Catalog.Site.Pages;

/// <summary>One entry of the changes feed. The URLs are null when the server or tool has no page (e.g. a removed tool).</summary>
internal sealed record ChangeRow(string Date, string Kind, string Server, string? ServerUrl, string Tool, string? ToolUrl, int Version);
