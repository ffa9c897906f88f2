using System.Text.Encodings.Web;
using System.Text.Json;
using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Policies;

namespace Catalog.Classifier.Policies;

/// <summary>
/// Recommends gateway policies from tool labels. Balanced, per tool: destructive tools are hidden;
/// tools that move money need a human's approval; other Critical tools are denied; the rest are
/// allowed with a budget by category (reads 60/minute, sensitive reads 20/minute, writes 30/hour,
/// messages to people 10/hour, Execute 10/minute with known-destructive shell and SQL refused).
/// A tool not yet classified is treated as Execute with High risk.
/// </summary>
public sealed class PolicyRecommender : IPolicyRecommender
{
    private const string ApprovalMessage = "Requires human approval.";

    // Messaging is not a label of its own: the rules tag it, evaluated under the stored category.
    private static readonly Lazy<RuleBasedClassifier> Rules = new(RuleBasedClassifier.CreateDefault);

    private static readonly JsonSerializerOptions ValueJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ToolPolicyAdvice Advise(CatalogTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var name = tool.Name;
        if (tool.Classification is not { } label)
        {
            return new ToolPolicyAdvice(name, ExecuteRule(tool), false,
                "Allowed up to 10 calls a minute, with known-destructive commands refused, because the tool is not classified yet and is treated as Execute with High risk.");
        }

        if (label.Destructive)
        {
            return new ToolPolicyAdvice(name, null, true,
                $"Hidden because it can delete or overwrite data{Because(label)}; unhide it only where that is intended.");
        }

        if (label.Financial && label.Category != ToolCategory.Read)
        {
            return new ToolPolicyAdvice(name, DenyAlways(ApprovalMessage), false,
                $"Denied until a person approves each call, because it moves money or changes payments{Because(label)}.");
        }

        if (label.Risk == RiskLevel.Critical)
        {
            return new ToolPolicyAdvice(name, DenyAlways("Denied by default: Critical risk."), false,
                $"Denied by default because its risk is Critical{Because(label)}; allow it only deliberately.");
        }

        return label.Category switch
        {
            ToolCategory.Execute => new ToolPolicyAdvice(name, ExecuteRule(tool), false, ExecuteExplanation(tool)),
            ToolCategory.Write when IsMessaging(tool, label) => new ToolPolicyAdvice(name, Limited(name, BalancedLimits.Messaging), false,
                "Allowed up to 10 calls an hour because it sends messages, email or posts to other people."),
            ToolCategory.Write => new ToolPolicyAdvice(name, Limited(name, BalancedLimits.Write), false,
                "Allowed up to 30 calls an hour because it changes stored data or state."),
            _ when label.Sensitive => new ToolPolicyAdvice(name, Limited(name, BalancedLimits.SensitiveRead), false,
                "Allowed up to 20 calls a minute because it reads sensitive data such as secrets, private messages or personal data."),
            _ => new ToolPolicyAdvice(name, Limited(name, BalancedLimits.Read), false,
                "Allowed up to 60 calls a minute because it only reads."),
        };
    }

    public PolicyDocument ForTool(CatalogTool tool)
    {
        var advice = Advise(tool);
        return new PolicyDocument
        {
            Default = PolicyDefault.Deny,
            Hide = advice.Hidden ? [advice.ToolName] : [],
            Tools = advice.Rule is { } rule ? [new(advice.ToolName, rule)] : [],
        };
    }

    public PolicyDocument ForServer(CatalogServer server, PolicyProfile profile = PolicyProfile.Balanced)
    {
        ArgumentNullException.ThrowIfNull(server);
        var tools = Distinct(server.Tools);
        return profile switch
        {
            PolicyProfile.Strict => new PolicyDocument
            {
                Default = PolicyDefault.Deny,
                AllTools = AllToolsRule(),
                Tools = tools
                    .Where(tool => tool.Classification?.Category == ToolCategory.Read)
                    .Select(tool => Advise(tool))
                    .Where(advice => advice.Rule is not null)
                    .Select(advice => new KeyValuePair<string, ToolRule>(advice.ToolName, advice.Rule!))
                    .ToList(),
            },
            PolicyProfile.Permissive => new PolicyDocument
            {
                Default = PolicyDefault.Allow,
                Tools = tools.Select(tool => new KeyValuePair<string, ToolRule>(tool.Name, Limited(tool.Name, Budget(tool)))).ToList(),
            },
            _ => Balanced(tools),
        };
    }

    private PolicyDocument Balanced(IReadOnlyList<CatalogTool> tools)
    {
        var advice = tools.Select(Advise).ToList();
        return new PolicyDocument
        {
            Default = PolicyDefault.Deny,
            AllTools = AllToolsRule(),
            Hide = advice.Where(a => a.Hidden).Select(a => a.ToolName).ToList(),
            Tools = advice.Where(a => a.Rule is not null).Select(a => new KeyValuePair<string, ToolRule>(a.ToolName, a.Rule!)).ToList(),
        };
    }

    // One rule per name: when a server exposes two definitions under one name, the riskier one decides.
    private static List<CatalogTool> Distinct(IReadOnlyList<CatalogTool> tools) =>
        tools
            .GroupBy(tool => tool.Name, StringComparer.Ordinal)
            .Select(group => group.OrderByDescending(Severity).First())
            .OrderBy(tool => tool.Name, StringComparer.Ordinal)
            .ToList();

    private static int Severity(CatalogTool tool) => tool.Classification is { } label
        ? (int)label.Risk * 10 + (int)label.Category * 2 + (label.Destructive ? 1 : 0)
        : (int)RiskLevel.High * 10 + (int)ToolCategory.Execute * 2;

    /// <summary>The budget a tool gets when it is allowed at all: by category, as in the balanced profile.</summary>
    private static (LimitWindow Window, int Max) Budget(CatalogTool tool) => tool.Classification switch
    {
        null => BalancedLimits.Execute,
        { Category: ToolCategory.Execute } => BalancedLimits.Execute,
        { Category: ToolCategory.Write } label => IsMessaging(tool, label) ? BalancedLimits.Messaging : BalancedLimits.Write,
        { Sensitive: true } => BalancedLimits.SensitiveRead,
        _ => BalancedLimits.Read,
    };

    private static bool IsMessaging(CatalogTool tool, ToolClassification label) =>
        Rules.Value.Evaluate(tool.Definition, null, label.Category).Tags.Contains("messaging");

    private static ToolRule ExecuteRule(CatalogTool tool) => new()
    {
        DenyIf = FreeFormParameters.Find(tool.Definition)
            .SelectMany(parameter => DestructivePatterns.For(parameter.Kind).Select(pattern => new DenyRule(
                [new PolicyCondition("args." + parameter.Name, "regex", JsonSerializer.Serialize(pattern.Pattern, ValueJson))],
                $"Refused: `{parameter.Name}` contains {pattern.Label}.")))
            .ToList(),
        Limits = [BalancedLimits.For(tool.Name, BalancedLimits.Execute)],
    };

    private static string ExecuteExplanation(CatalogTool tool)
    {
        var guarded = FreeFormParameters.Find(tool.Definition);
        if (guarded.Count == 0)
        {
            return "Allowed up to 10 calls a minute because it runs commands, jobs or devices (Execute).";
        }

        var names = string.Join(", ", guarded.Select(parameter => $"`{parameter.Name}`"));
        return $"Allowed up to 10 calls a minute because it runs commands (Execute), and calls whose {names} hold known-destructive commands such as rm -rf or DROP TABLE are refused.";
    }

    private static ToolRule Limited(string name, (LimitWindow Window, int Max) budget) => new()
    {
        Limits = [BalancedLimits.For(name, budget)],
    };

    private static ToolRule DenyAlways(string message) => new() { DenyIf = [new DenyRule([], message)] };

    private static ToolRule AllToolsRule() => new()
    {
        Limits = [new RateLimit(BalancedLimits.AllToolsCounter, BalancedLimits.AllTools.Window, BalancedLimits.AllTools.Max, "grant")],
    };

    // The strongest reason the classifier gave, so the reader sees the evidence, not just the verdict.
    private static string Because(ToolClassification label)
    {
        if (label.Reasons.Count == 0)
        {
            return "";
        }

        var text = label.Reasons[0].Text.TrimEnd('.', ' ');
        return text.Length == 0 ? "" : " (" + char.ToLowerInvariant(text[0]) + text[1..] + ")";
    }
}
