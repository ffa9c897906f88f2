using Catalog.Domain.Policies;

namespace Catalog.Classifier.Policies;

/// <summary>
/// Expresses decisions in the Intercept YAML model: the same verdicts, budgets and guards as policy.json,
/// and for a tool that needs approval but takes a numeric amount, small amounts under a daily counter.
/// </summary>
internal static class InterceptPolicyMapping
{
    /// <summary>The counter of small payments; conditions read it as <c>state.&lt;tool&gt;.small_payments</c>.</summary>
    public const string SmallPaymentsCounter = "small_payments";

    /// <summary>The tool's rules; null when it is not listed (hidden or unaddressable). An empty list means "allowed as is".</summary>
    public static IReadOnlyList<InterceptRule>? Rules(ToolDecision decision) => decision.Verdict switch
    {
        ToolVerdict.Allowed => [.. decision.Guards.Select(Guard), Budget("rate limit", decision.Budget)],
        ToolVerdict.Denied => [new InterceptRule { Name = "denied by default", Action = InterceptAction.Deny, OnDeny = decision.OnDeny }],
        ToolVerdict.NeedsApproval when decision.AmountParameter is { } amount => SmallAmounts(decision, amount),
        ToolVerdict.NeedsApproval => [new InterceptRule { Name = "human approval", Action = InterceptAction.Deny, OnDeny = decision.OnDeny }],
        ToolVerdict.Hidden or ToolVerdict.Unaddressable => null,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.Verdict, "Unknown verdict."),
    };

    public static InterceptPolicy Policy(ServerDecision server) => new()
    {
        Description = server.Description,
        Default = server.Default,
        Hide = server.Tools.Where(tool => tool.Verdict == ToolVerdict.Hidden).Select(tool => tool.ToolName).ToList(),
        AllTools = server.AllTools is { } budget ? [Budget("all tools", budget)] : [],
        Tools = server.Tools
            .Select(tool => (tool.ToolName, Rules: Rules(tool)))
            .Where(entry => entry.Rules is not null)
            .Select(entry => new KeyValuePair<string, IReadOnlyList<InterceptRule>>(entry.ToolName, entry.Rules!))
            .ToList(),
    };

    // An evaluate rule's conditions say what must hold; a guard says what must not, so it is a deny
    // rule whose conditions say when it applies, as a policy.json deny_if entry does.
    private static InterceptRule Guard(ArgumentGuard guard) => new()
    {
        Name = $"no {guard.Pattern.Label} in {guard.Parameter}",
        Action = InterceptAction.Deny,
        Conditions = [PolicyDocumentMapping.RegexCondition(guard)],
        OnDeny = guard.OnDeny,
    };

    private static InterceptRule Budget(string name, (LimitWindow Window, int Max) budget) => new()
    {
        Name = name,
        RateLimit = new InterceptRateLimit(budget.Max, budget.Window),
    };

    /// <summary>
    /// Two evaluate rules: the amount must be given and small (an omitted amount often means "all of it"),
    /// and the tool's small payments today must stay within the daily allowance. Anything else still
    /// gets the approval message.
    /// </summary>
    private static IReadOnlyList<InterceptRule> SmallAmounts(ToolDecision decision, string amount) =>
    [
        new InterceptRule
        {
            Name = "small amounts only",
            Conditions =
            [
                new PolicyCondition("args." + amount, "exists", PolicyDocumentMapping.Json(true)),
                new PolicyCondition("args." + amount, "lte", PolicyDocumentMapping.Json(BalancedLimits.SmallAmount)),
            ],
            OnDeny = decision.OnDeny,
        },
        new InterceptRule
        {
            Name = "small payments per day",
            Conditions = [new PolicyCondition($"state.{decision.ToolName}.{SmallPaymentsCounter}", "lte", PolicyDocumentMapping.Json(BalancedLimits.SmallPaymentsPerDay))],
            OnDeny = $"{decision.OnDeny.TrimEnd('.')}: the {BalancedLimits.SmallPaymentsPerDay} small payments allowed a day are used up.",
            State = new InterceptState(SmallPaymentsCounter, LimitWindow.Day),
        },
    ];
}
