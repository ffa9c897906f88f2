using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Policies;

namespace Catalog.Site.Tests;

/// <summary>
/// A small, readable stand-in for the classifier's recommender (which the site must not reference):
/// reads are allowed, writes are rate limited, execution gets a deny rule and a limit, unlabelled tools are hidden.
/// </summary>
internal sealed class FakePolicyRecommender : IPolicyRecommender
{
    public ToolPolicyAdvice Advise(CatalogTool tool)
    {
        var rule = RuleFor(tool);
        var why = tool.Classification is null
            ? $"Tool {tool.Name} is not classified, so it is hidden."
            : $"Tool {tool.Name} is {tool.Classification.Category}, so it gets the {tool.Classification.Category} rule.";
        return new ToolPolicyAdvice(tool.Name, rule, rule is null, why);
    }

    public PolicyDocument ForTool(CatalogTool tool)
    {
        var rule = RuleFor(tool);
        return new PolicyDocument
        {
            Default = PolicyDefault.Deny,
            Hide = rule is null ? [tool.Name] : [],
            Tools = rule is null ? [] : [new(tool.Name, rule)],
        };
    }

    public PolicyDocument ForServer(CatalogServer server, PolicyProfile profile = PolicyProfile.Balanced)
    {
        var tools = server.Tools.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        return new PolicyDocument
        {
            Default = PolicyDefault.Deny,
            Hide = tools.Where(t => RuleFor(t) is null).Select(t => t.Name).ToList(),
            AllTools = new ToolRule { Limits = [new RateLimit("all_calls", LimitWindow.Minute, 120)] },
            Tools = tools.Where(t => RuleFor(t) is not null).Select(t => new KeyValuePair<string, ToolRule>(t.Name, RuleFor(t)!)).ToList(),
        };
    }

    /// <summary>The same rules as <see cref="ForTool"/>: a deny rule per deny_if entry, a rate limit per limit.</summary>
    public InterceptPolicy InterceptForTool(CatalogTool tool) => Intercept(ForTool(tool), $"Tool {tool.Name}");

    public InterceptPolicy InterceptForServer(CatalogServer server, PolicyProfile profile = PolicyProfile.Balanced) =>
        Intercept(ForServer(server, profile), $"Server {server.Identity.Name}");

    private static InterceptPolicy Intercept(PolicyDocument document, string description) => new()
    {
        Description = description,
        Default = document.Default,
        Hide = document.Hide,
        AllTools = document.AllTools is null ? [] : RulesFor(document.AllTools),
        Tools = document.Tools.Select(entry => new KeyValuePair<string, IReadOnlyList<InterceptRule>>(entry.Key, RulesFor(entry.Value))).ToList(),
    };

    private static List<InterceptRule> RulesFor(ToolRule rule) =>
    [
        .. rule.DenyIf.Select((deny, i) => new InterceptRule { Name = $"deny {i}", Action = InterceptAction.Deny, Conditions = deny.Conditions, OnDeny = deny.OnDeny }),
        .. rule.Limits.Select(limit => new InterceptRule { Name = limit.Counter, RateLimit = new InterceptRateLimit(limit.Max, limit.Window) }),
    ];

    private static ToolRule? RuleFor(CatalogTool tool) => tool.Classification?.Category switch
    {
        null => null,
        ToolCategory.Read => ToolRule.Allow,
        ToolCategory.Write => new ToolRule { Limits = [new RateLimit("writes", LimitWindow.Hour, 30)] },
        _ => new ToolRule
        {
            DenyIf = [new DenyRule([new PolicyCondition("args.command", "regex", "\"rm\\\\s+-rf\"")], "Refusing to delete recursively.")],
            Limits = [new RateLimit("executions", LimitWindow.Day, 10)],
        },
    };
}
