namespace Catalog.Site.Pages;

/// <summary>One MCP hint: <see cref="Value"/> is "true", "false" or "not declared" (which is not the same as false).</summary>
internal sealed record AnnotationRow(string Name, string Value);
