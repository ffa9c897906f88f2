using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Policies;

namespace Catalog.Classifier.Policies;

/// <summary>
/// Recommends gateway policies from tool labels. Balanced, per tool: destructive tools are hidden;
/// tools that move money need a human's approval; other Critical tools are denied; the rest are
/// allowed with a budget by category (reads 60/minute, sensitive reads 20/minute, writes 30/hour,
/// messages to people 10/hour, Execute 10/minute with known-destructive shell and SQL refused).
/// A tool not yet classified is treated as Execute with High risk. Each tool gets one
/// <see cref="ToolDecision"/>; policy.json and Intercept YAML are both mapped from it.
/// </summary>
public sealed class PolicyRecommender : IPolicyRecommender
{
    private const string ApprovalMessage = "Requires human approval.";

    /// <summary>The name both formats read as "every tool".</summary>
    private const string EveryTool = "*";

    // Messaging is not a label of its own: the rules tag it, evaluated under the stored category.
    private static readonly Lazy<RuleBasedClassifier> Rules = new(RuleBasedClassifier.CreateDefault);

    public ToolPolicyAdvice Advise(CatalogTool tool)
    {
        var decision = Decide(tool);
        return new ToolPolicyAdvice(decision.ToolName, PolicyDocumentMapping.Rule(decision), decision.Verdict == ToolVerdict.Hidden, decision.Explanation);
    }

    public PolicyDocument ForTool(CatalogTool tool) => PolicyDocumentMapping.Document(Alone(tool));

    public PolicyDocument ForServer(CatalogServer server, PolicyProfile profile = PolicyProfile.Balanced) =>
        PolicyDocumentMapping.Document(Decide(server, profile));

    public InterceptPolicy InterceptForTool(CatalogTool tool) => InterceptPolicyMapping.Policy(Alone(tool));

    public InterceptPolicy InterceptForServer(CatalogServer server, PolicyProfile profile = PolicyProfile.Balanced) =>
        InterceptPolicyMapping.Policy(Decide(server, profile));

    /// <summary>
    /// The last decisions made on this thread, by tool instance: a page, its policies and its server's policies
    /// ask about the same tool five times, one soon after the other, on the thread that builds the server. Kept
    /// per thread, and found by comparing references, because a shared table's lock and the identity hashes it
    /// needed were most of the site's policy work on two cores. A server with more tools than are kept has some
    /// decided twice, which costs time, never a different answer.
    /// </summary>
    [ThreadStatic]
    private static (CatalogTool? Tool, ToolDecision? Decision)[]? recent;

    [ThreadStatic]
    private static int recentNext;

    private const int RecentKept = 128;

    /// <summary>The balanced decision for one tool: the only place a tool's treatment is chosen.</summary>
    internal static ToolDecision Decide(CatalogTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var kept = recent ??= new (CatalogTool?, ToolDecision?)[RecentKept];
        foreach (var (known, decision) in kept)
        {
            if (ReferenceEquals(known, tool))
            {
                return decision!;
            }
        }

        var made = Choose(tool);
        kept[recentNext] = (tool, made);
        recentNext = (recentNext + 1) % RecentKept;
        return made;
    }

    private static ToolDecision Choose(CatalogTool tool)
    {
        var name = tool.Name;
        if (name == EveryTool)
        {
            return new ToolDecision
            {
                ToolName = name,
                Verdict = ToolVerdict.Unaddressable,
                Explanation = "Left out of the policy because its name \"*\" means every tool in both formats; under the default deny it is refused.",
            };
        }

        if (tool.Classification is not { } label)
        {
            return Guarded(tool,
                "Allowed up to 10 calls a minute, with known-destructive commands refused, because the tool is not classified yet and is treated as Execute with High risk.");
        }

        if (label.Destructive)
        {
            return new ToolDecision
            {
                ToolName = name,
                Verdict = ToolVerdict.Hidden,
                Explanation = $"Hidden because it can delete or overwrite data{Because(label)}; unhide it only where that is intended.",
            };
        }

        if (label.Financial && label.Category != ToolCategory.Read)
        {
            return Approval(tool, label);
        }

        if (label.Risk == RiskLevel.Critical)
        {
            return new ToolDecision
            {
                ToolName = name,
                Verdict = ToolVerdict.Denied,
                OnDeny = "Denied by default: Critical risk.",
                Explanation = $"Denied by default because its risk is Critical{Because(label)}; allow it only deliberately.",
            };
        }

        return label.Category switch
        {
            ToolCategory.Execute => Guarded(tool, ExecuteExplanation(tool)),
            ToolCategory.Write when IsMessaging(tool, label) => Allowed(tool, BalancedLimits.Messaging,
                "Allowed up to 10 calls an hour because it sends messages, email or posts to other people."),
            ToolCategory.Write => Allowed(tool, BalancedLimits.Write,
                "Allowed up to 30 calls an hour because it changes stored data or state."),
            _ when label.Sensitive => Allowed(tool, BalancedLimits.SensitiveRead,
                "Allowed up to 20 calls a minute because it reads sensitive data such as secrets, private messages or personal data."),
            _ => Allowed(tool, BalancedLimits.Read, "Allowed up to 60 calls a minute because it only reads."),
        };
    }

    /// <summary>One tool alone: default deny, the tool's balanced decision, no shared budget.</summary>
    private static ServerDecision Alone(CatalogTool tool)
    {
        var decision = Decide(tool);
        return new ServerDecision
        {
            Default = PolicyDefault.Deny,
            Tools = [decision],
            Description = $"Catalog's balanced policy for the tool {tool.Name} alone.",
        };
    }

    private static ServerDecision Decide(CatalogServer server, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(server);
        var tools = Distinct(server.Tools);
        var description = $"Catalog's {profile.ToString().ToLowerInvariant()} policy for {server.Identity.Name}";
        return profile switch
        {
            PolicyProfile.Strict => new ServerDecision
            {
                Default = PolicyDefault.Deny,
                AllTools = BalancedLimits.AllTools,
                Tools = tools
                    .Where(tool => tool.Classification?.Category == ToolCategory.Read)
                    .Select(Decide)
                    .Where(decision => decision.Verdict != ToolVerdict.Hidden)
                    .ToList(),
                Description = description + ": reads only, everything else denied.",
            },
            PolicyProfile.Permissive => new ServerDecision
            {
                Default = PolicyDefault.Allow,
                Tools = tools.Select(Permissive).ToList(),
                Description = description + ": every tool allowed, within a call budget.",
            },
            PolicyProfile.Balanced => new ServerDecision
            {
                Default = PolicyDefault.Deny,
                AllTools = BalancedLimits.AllTools,
                Tools = tools.Select(Decide).ToList(),
                Description = description + ": each tool gets the rule its label calls for.",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown policy profile."),
        };
    }

    /// <summary>Under the permissive profile every tool is allowed, budgeted as its kind would be under the balanced one.</summary>
    private static ToolDecision Permissive(CatalogTool tool) => tool.Name == EveryTool
        ? Decide(tool)
        : new ToolDecision
        {
            ToolName = tool.Name,
            Verdict = ToolVerdict.Allowed,
            Budget = Budget(tool),
            Explanation = "Allowed within the budget of its kind (permissive profile).",
        };

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

    // A label records the rules' tags; one stored before it did has them worked out again.
    private static bool IsMessaging(CatalogTool tool, ToolClassification label) => label.Tags is { } tags
        ? tags.Contains(MessagingTag, StringComparer.Ordinal)
        : Rules.Value.Evaluate(tool.Definition, null, label.Category).Tags.Contains(MessagingTag);

    private const string MessagingTag = "messaging";

    private static ToolDecision Allowed(CatalogTool tool, (LimitWindow Window, int Max) budget, string explanation) => new()
    {
        ToolName = tool.Name,
        Verdict = ToolVerdict.Allowed,
        Budget = budget,
        Explanation = explanation,
    };

    /// <summary>The Execute budget, with known-destructive commands refused in free-form shell, code and SQL arguments.</summary>
    private static ToolDecision Guarded(CatalogTool tool, string explanation) => Allowed(tool, BalancedLimits.Execute, explanation) with
    {
        Guards = FreeFormParameters.Find(tool.Definition)
            .SelectMany(parameter => DestructivePatterns.For(parameter.Kind).Select(pattern => new ArgumentGuard(parameter.Name, pattern)))
            .ToList(),
    };

    private static ToolDecision Approval(CatalogTool tool, ToolClassification label)
    {
        var amount = AmountParameters.Find(tool.Definition);
        var allowance = amount is null
            ? ""
            : $"; the Intercept policy lets `{amount}` up to {BalancedLimits.SmallAmount} through, {BalancedLimits.SmallPaymentsPerDay} times a day";
        return new ToolDecision
        {
            ToolName = tool.Name,
            Verdict = ToolVerdict.NeedsApproval,
            OnDeny = ApprovalMessage,
            AmountParameter = amount,
            Explanation = $"Denied until a person approves each call, because it moves money or changes payments{Because(label)}{allowance}.",
        };
    }

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
