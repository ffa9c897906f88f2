namespace Catalog.Site.Outputs.Api;

/// <summary>The MCP hints a tool declares; an absent member was not declared (which is not false).</summary>
public sealed record ApiAnnotations(bool? ReadOnlyHint, bool? DestructiveHint, bool? IdempotentHint, bool? OpenWorldHint);
