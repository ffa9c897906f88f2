namespace Catalog.Domain.Policies;

/// <summary>
/// A policy in the hosted-gateway format "policy.json v1". Under <c>default: "deny"</c> a tool
/// listed in <see cref="Tools"/> with an empty rule is allowed; a tool in <see cref="Hide"/> is not
/// shown to the agent at all ("*" hides every tool).
/// </summary>
public sealed record PolicyDocument
{
    public string Version { get; init; } = "1";
    public required PolicyDefault Default { get; init; }
    public IReadOnlyList<string> Hide { get; init; } = [];

    /// <summary>Limits applied to every tool together; null when there are none.</summary>
    public ToolRule? AllTools { get; init; }

    /// <summary>Rules per tool name, ordered by name (ordinal) so the output is stable.</summary>
    public required IReadOnlyList<KeyValuePair<string, ToolRule>> Tools { get; init; }
}
