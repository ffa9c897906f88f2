namespace Catalog.Domain.Policies;

/// <summary>Deny a call when all <see cref="Conditions"/> hold; with no conditions the tool is always denied.</summary>
public sealed record DenyRule(IReadOnlyList<PolicyCondition> Conditions, string OnDeny);
