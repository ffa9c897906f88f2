namespace Catalog.Domain.Policies;

/// <summary>What a gateway enforces for one tool. An empty rule (no deny_if, no limits) means "allowed as is".</summary>
public sealed record ToolRule
{
    public IReadOnlyList<DenyRule> DenyIf { get; init; } = [];
    public IReadOnlyList<RateLimit> Limits { get; init; } = [];

    public static ToolRule Allow { get; } = new();
}
