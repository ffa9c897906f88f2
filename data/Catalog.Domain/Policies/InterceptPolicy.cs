namespace Catalog.Domain.Policies;

/// <summary>
/// A policy in the Intercept YAML format (the open-source MCP proxy). It carries the same recommendation
/// as the <see cref="PolicyDocument"/> made for the same tools and profile, rule for rule, except where
/// only this format can say more (small payments under a daily counter). Under <c>default: deny</c> a
/// listed tool with no rules is allowed; hidden tools are removed from the agent's tool list.
/// </summary>
public sealed record InterceptPolicy
{
    public string Version { get; init; } = "1";

    /// <summary>What the policy is for, shown to whoever reads the file; empty when there is nothing to say.</summary>
    public string Description { get; init; } = "";

    public required PolicyDefault Default { get; init; }

    public IReadOnlyList<string> Hide { get; init; } = [];

    /// <summary>Rules every call must pass as well as its own, written under the key <c>"*"</c>; empty when there are none.</summary>
    public IReadOnlyList<InterceptRule> AllTools { get; init; } = [];

    /// <summary>
    /// Rules per tool name, ordered by name (ordinal). Never holds the name <c>"*"</c>, which the format
    /// reserves for every tool.
    /// </summary>
    public required IReadOnlyList<KeyValuePair<string, IReadOnlyList<InterceptRule>>> Tools { get; init; }
}
