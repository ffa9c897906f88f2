using System.Text.Encodings.Web;
using System.Text.Json;
using Catalog.Domain.Policies;

namespace Catalog.Classifier.Policies;

/// <summary>Expresses decisions in the policy.json v1 model.</summary>
internal static class PolicyDocumentMapping
{
    private static readonly JsonSerializerOptions ValueJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The tool's entry under <c>tools</c>; null when it is not listed (hidden or unaddressable).</summary>
    public static ToolRule? Rule(ToolDecision decision) => decision.Verdict switch
    {
        ToolVerdict.Allowed => new ToolRule
        {
            DenyIf = decision.Guards.Select(guard => new DenyRule([RegexCondition(guard)], guard.OnDeny)).ToList(),
            Limits = [BalancedLimits.For(decision.ToolName, decision.Budget)],
        },

        // policy.json cannot bound a payment's amount by a daily counter, so approval stays a flat deny here.
        ToolVerdict.Denied or ToolVerdict.NeedsApproval => new ToolRule { DenyIf = [new DenyRule([], decision.OnDeny)] },
        ToolVerdict.Hidden or ToolVerdict.Unaddressable => null,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.Verdict, "Unknown verdict."),
    };

    public static PolicyDocument Document(ServerDecision server) => new()
    {
        Default = server.Default,
        Hide = server.Tools.Where(tool => tool.Verdict == ToolVerdict.Hidden).Select(tool => tool.ToolName).ToList(),
        AllTools = server.AllTools is { } budget
            ? new ToolRule { Limits = [new RateLimit(BalancedLimits.AllToolsCounter, budget.Window, budget.Max, "grant")] }
            : null,
        Tools = server.Tools
            .Select(tool => (tool.ToolName, Rule: Rule(tool)))
            .Where(entry => entry.Rule is not null)
            .Select(entry => new KeyValuePair<string, ToolRule>(entry.ToolName, entry.Rule!))
            .ToList(),
    };

    /// <summary>A condition on a free-form argument, its value the pattern as JSON text.</summary>
    public static PolicyCondition RegexCondition(ArgumentGuard guard) =>
        new(guard.Path, "regex", PatternJson.GetOrAdd(guard.Pattern.Pattern, static pattern => JsonSerializer.Serialize(pattern, ValueJson)));

    /// <summary>The few destructive patterns as JSON text, each serialised once: every guarded tool of every server carries them.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PatternJson = new(StringComparer.Ordinal);

    /// <summary>Any value as the JSON text a <see cref="PolicyCondition"/> carries.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ValueJson);
}
