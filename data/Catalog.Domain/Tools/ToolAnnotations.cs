namespace Catalog.Domain.Tools;

/// <summary>
/// The MCP behaviour hints a server declares for a tool. Each hint is <c>null</c> when the source
/// does not set it: "not declared" is different from "declared false", and the MCP defaults
/// (readOnly=false, destructive=true, idempotent=false, openWorld=true) are not filled in here.
/// Hints are evidence written by the server's author, never the truth.
/// </summary>
public sealed record ToolAnnotations(
    bool? ReadOnlyHint = null,
    bool? DestructiveHint = null,
    bool? IdempotentHint = null,
    bool? OpenWorldHint = null)
{
    public static ToolAnnotations None { get; } = new();

    /// <summary>True when at least one hint is declared.</summary>
    public bool Any => ReadOnlyHint is not null || DestructiveHint is not null || IdempotentHint is not null || OpenWorldHint is not null;
}
