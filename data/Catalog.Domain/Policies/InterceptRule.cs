namespace Catalog.Domain.Policies;

/// <summary>
/// One rule of an Intercept tool entry. A rule either carries a <see cref="RateLimit"/> alone, or
/// <see cref="Conditions"/> (paths such as <c>args.amount</c> or <c>state.&lt;tool&gt;.&lt;counter&gt;</c>)
/// with an optional <see cref="State"/> counter; a <see cref="InterceptAction.Deny"/> rule without
/// conditions refuses every call.
/// </summary>
public sealed record InterceptRule
{
    /// <summary>How the rule is named in the gateway's log and denial messages; unique within a tool.</summary>
    public required string Name { get; init; }

    public InterceptAction Action { get; init; } = InterceptAction.Evaluate;

    public IReadOnlyList<PolicyCondition> Conditions { get; init; } = [];

    /// <summary>The message the agent sees when this rule refuses a call; null lets the gateway word it.</summary>
    public string? OnDeny { get; init; }

    /// <summary>The counter this rule raises on each allowed call; null when it keeps none.</summary>
    public InterceptState? State { get; init; }

    /// <summary>A call budget in the shorthand form; null when the rule has none.</summary>
    public InterceptRateLimit? RateLimit { get; init; }
}
