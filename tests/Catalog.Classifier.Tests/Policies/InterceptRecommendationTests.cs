using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Catalog.Classifier.Policies;
using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Policies;
using Catalog.Testing;
using static Catalog.Classifier.Tests.Policies.PolicyFixtures;

namespace Catalog.Classifier.Tests.Policies;

/// <summary>The recommender's Intercept YAML model, and its agreement with the policy.json model made from the same decisions.</summary>
public sealed class InterceptRecommendationTests
{
    private const string PaymentSchema = """{"type":"object","properties":{"payment_id":{"type":"string"},"amount":{"type":"integer"}},"required":["payment_id"]}""";

    private readonly PolicyRecommender recommender = new();

    public static TheoryData<PolicyProfile> Profiles() => [PolicyProfile.Strict, PolicyProfile.Balanced, PolicyProfile.Permissive];

    [Theory]
    [InlineData("list_items", "List items.", ToolCategory.Read, RiskLevel.Low, false, 60, LimitWindow.Minute)]
    [InlineData("read_inbox", "Read the latest emails.", ToolCategory.Read, RiskLevel.Medium, true, 20, LimitWindow.Minute)]
    [InlineData("create_item", "Create an item.", ToolCategory.Write, RiskLevel.Medium, false, 30, LimitWindow.Hour)]
    [InlineData("send_email", "Send an email to a recipient.", ToolCategory.Write, RiskLevel.High, false, 10, LimitWindow.Hour)]
    [InlineData("restart_service", "Restart a service.", ToolCategory.Execute, RiskLevel.High, false, 10, LimitWindow.Minute)]
    public void InterceptForTool_AllowedTool_IsListedWithTheRateLimitOfItsKind(string name, string description, ToolCategory category, RiskLevel risk, bool sensitive, int max, LimitWindow window)
    {
        // Given a labelled tool that is neither destructive, financial nor Critical
        var tool = Labelled(name, category, risk, description, sensitive: sensitive);

        // When its Intercept policy is made
        var policy = recommender.InterceptForTool(tool);

        // Then it denies by default, hides nothing, shares no budget, and gives the tool one rate limit
        Assert.Equal("1", policy.Version);
        Assert.Equal(PolicyDefault.Deny, policy.Default);
        Assert.Empty(policy.Hide);
        Assert.Empty(policy.AllTools);
        var (listed, rules) = Assert.Single(policy.Tools);
        Assert.Equal(name, listed);
        var rule = Assert.Single(rules);
        Assert.Equal(InterceptAction.Evaluate, rule.Action);
        Assert.Empty(rule.Conditions);
        Assert.Equal(new InterceptRateLimit(max, window), rule.RateLimit);
        Assert.Contains(name, policy.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void InterceptForTool_ExecuteWithFreeFormParameters_DenyRulesWithRegexConditions()
    {
        // Given an Execute tool that takes shell text and SQL
        var tool = Labelled("run", ToolCategory.Execute, RiskLevel.High, "Run a command.", ToolDefinitionBuilder.StringParams("command", "sql"));

        // When its Intercept policy is made
        var rules = Assert.Single(recommender.InterceptForTool(tool).Tools).Value;

        // Then each known-destructive pattern is a deny rule with one regex condition on its argument, then the rate limit
        var guards = rules.Where(rule => rule.Action == InterceptAction.Deny).ToList();
        Assert.Equal(DestructivePatterns.For(FreeFormKind.Shell).Count() + DestructivePatterns.For(FreeFormKind.Sql).Count(), guards.Count);
        Assert.All(guards, guard =>
        {
            var condition = Assert.Single(guard.Conditions);
            Assert.Equal("regex", condition.Op);
            Assert.StartsWith("Refused: `", guard.OnDeny, StringComparison.Ordinal);
            Assert.Null(guard.RateLimit);
        });
        Assert.Equal(guards.Count, guards.Select(guard => guard.Name).Distinct(StringComparer.Ordinal).Count());
        var command = guards.Where(g => g.Conditions[0].Path == "args.command").Select(g => new Regex(JsonSerializer.Deserialize<string>(g.Conditions[0].ValueJson)!)).ToList();
        var sql = guards.Where(g => g.Conditions[0].Path == "args.sql").Select(g => new Regex(JsonSerializer.Deserialize<string>(g.Conditions[0].ValueJson)!)).ToList();
        Assert.Contains(command, pattern => pattern.IsMatch("rm -rf /"));
        Assert.Contains(sql, pattern => pattern.IsMatch("DROP TABLE users"));
        Assert.DoesNotContain(command, pattern => pattern.IsMatch("ls -la"));
        Assert.Equal(new InterceptRateLimit(10, LimitWindow.Minute), rules[^1].RateLimit);
    }

    [Fact]
    public void InterceptForTool_DestructiveTool_IsHiddenAndNotListed()
    {
        // Given a destructive tool
        var tool = Labelled("delete_item", ToolCategory.Write, RiskLevel.High, "Delete an item.", destructive: true);

        // When its Intercept policy is made
        var policy = recommender.InterceptForTool(tool);

        // Then it is hidden and has no rules
        Assert.Equal(["delete_item"], policy.Hide);
        Assert.Empty(policy.Tools);
    }

    [Fact]
    public void InterceptForTool_CriticalTool_IsDeniedWithTheReason()
    {
        // Given a Critical tool that is neither destructive nor financial
        var tool = Labelled("run_command", ToolCategory.Execute, RiskLevel.Critical, "Run a shell command.", ToolDefinitionBuilder.StringParams("command"));

        // When its Intercept policy is made
        var rule = Assert.Single(Assert.Single(recommender.InterceptForTool(tool).Tools).Value);

        // Then one unconditional deny rule refuses every call, saying why
        Assert.Equal(InterceptAction.Deny, rule.Action);
        Assert.Empty(rule.Conditions);
        Assert.Contains("Critical", rule.OnDeny, StringComparison.Ordinal);
    }

    [Fact]
    public void InterceptForTool_FinancialWithoutAmount_IsDeniedPendingApproval()
    {
        // Given a tool that moves money but takes no amount
        var tool = Labelled("apply_coupon", ToolCategory.Write, RiskLevel.Medium, "Apply a coupon.", ToolDefinitionBuilder.StringParams("coupon"), financial: true);

        // When its Intercept policy is made
        var rule = Assert.Single(Assert.Single(recommender.InterceptForTool(tool).Tools).Value);

        // Then every call is refused with the approval message
        Assert.Equal(InterceptAction.Deny, rule.Action);
        Assert.Empty(rule.Conditions);
        Assert.Equal("Requires human approval.", rule.OnDeny);
    }

    [Fact]
    public void InterceptForTool_FinancialWithAmount_AllowsSmallAmountsUnderADailyCounter()
    {
        // Given a tool that moves money and takes a numeric amount
        var tool = Labelled("create_refund", ToolCategory.Write, RiskLevel.Critical, "Refund a payment.", PaymentSchema, financial: true);

        // When its Intercept policy and its policy.json are made
        var rules = Assert.Single(recommender.InterceptForTool(tool).Tools).Value;
        var json = recommender.Advise(tool);

        // Then the YAML lets a given, small amount through, at most so many times a day, and refuses the rest for approval
        Assert.Equal(2, rules.Count);
        Assert.All(rules, rule => Assert.Equal(InterceptAction.Evaluate, rule.Action));
        Assert.All(rules, rule => Assert.StartsWith("Requires human approval", rule.OnDeny, StringComparison.Ordinal));
        Assert.Equal(
            [new PolicyCondition("args.amount", "exists", "true"), new PolicyCondition("args.amount", "lte", BalancedLimits.SmallAmount.ToString(CultureInfo.InvariantCulture))],
            rules[0].Conditions);
        Assert.Null(rules[0].State);
        var daily = rules[1];
        Assert.Equal(new InterceptState("small_payments", LimitWindow.Day, 1), daily.State);
        Assert.Equal([new PolicyCondition("state.create_refund.small_payments", "lte", BalancedLimits.SmallPaymentsPerDay.ToString(CultureInfo.InvariantCulture))], daily.Conditions);

        // And policy.json, which cannot bound an amount by a daily counter, keeps the flat approval deny
        var deny = Assert.Single(json.Rule!.DenyIf);
        Assert.Empty(deny.Conditions);
        Assert.Equal("Requires human approval.", deny.OnDeny);
        Assert.Contains("`amount` up to 100", json.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void InterceptForTool_FinancialRead_IsASensitiveReadNotAnApproval()
    {
        // Given a read of payments that takes an amount filter
        var tool = Labelled("list_payments", ToolCategory.Read, RiskLevel.Medium, "List payments.", PaymentSchema, financial: true, sensitive: true);

        // When its Intercept policy is made
        var rule = Assert.Single(Assert.Single(recommender.InterceptForTool(tool).Tools).Value);

        // Then it is budgeted like any sensitive read
        Assert.Equal(new InterceptRateLimit(20, LimitWindow.Minute), rule.RateLimit);
        Assert.Empty(rule.Conditions);
    }

    [Fact]
    public void InterceptForTool_UnclassifiedTool_IsTreatedAsExecuteHigh()
    {
        // Given a tool not yet labelled that takes a shell command
        var tool = Unclassified("mystery", "Does things.", ToolDefinitionBuilder.StringParams("command"));

        // When its Intercept policy is made
        var rules = Assert.Single(recommender.InterceptForTool(tool).Tools).Value;

        // Then it gets the Execute guards and budget
        Assert.Contains(rules, rule => rule.Action == InterceptAction.Deny && rule.Conditions.Count == 1);
        Assert.Equal(new InterceptRateLimit(10, LimitWindow.Minute), rules[^1].RateLimit);
    }

    [Fact]
    public void InterceptForServer_Balanced_GivesEachToolTheRulesInterceptForToolGives()
    {
        // Given a server with one tool of every kind
        var server = WithPayments();

        // When its balanced Intercept policy is made
        var policy = recommender.InterceptForServer(server, PolicyProfile.Balanced);

        // Then each tool's rules and hidden state are exactly those of its own policy
        foreach (var tool in server.Tools)
        {
            var alone = recommender.InterceptForTool(tool);
            Assert.Equal(Describe(alone.Tools.SingleOrDefault().Value), Describe(policy.Tools.SingleOrDefault(entry => entry.Key == tool.Name).Value));
            Assert.Equal(alone.Hide.Contains(tool.Name), policy.Hide.Contains(tool.Name));
        }

        Assert.Equal(PolicyDefault.Deny, policy.Default);
        Assert.Equal(new InterceptRateLimit(120, LimitWindow.Minute), Assert.Single(policy.AllTools).RateLimit);
        Assert.Contains("acme/mixed", policy.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void InterceptForServer_Strict_ListsOnlyReads()
    {
        // Given a server with one tool of every kind
        // When its strict Intercept policy is made
        var policy = recommender.InterceptForServer(WithPayments(), PolicyProfile.Strict);

        // Then only reads are listed under default deny, with the shared budget
        Assert.Equal(PolicyDefault.Deny, policy.Default);
        Assert.Empty(policy.Hide);
        Assert.Equal(["list_items", "list_payments", "read_inbox"], policy.Tools.Select(entry => entry.Key));
        Assert.Single(policy.AllTools);
    }

    [Fact]
    public void InterceptForServer_Permissive_AllowsEveryToolWithARateLimitOnly()
    {
        // Given a server with one tool of every kind
        var server = WithPayments();

        // When its permissive Intercept policy is made
        var policy = recommender.InterceptForServer(server, PolicyProfile.Permissive);

        // Then it allows by default, hides and denies nothing, and limits every tool
        Assert.Equal(PolicyDefault.Allow, policy.Default);
        Assert.Empty(policy.Hide);
        Assert.Empty(policy.AllTools);
        Assert.Equal(server.Tools.Select(tool => tool.Name).Order(StringComparer.Ordinal), policy.Tools.Select(entry => entry.Key));
        Assert.All(policy.Tools, entry => Assert.NotNull(Assert.Single(entry.Value).RateLimit));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void BothFormats_EveryProfile_SayTheSameForEveryTool(PolicyProfile profile)
    {
        // Given a server with one tool of every kind, including a payment tool with an amount
        var server = WithPayments();

        // When both formats are made for the profile
        var json = recommender.ForServer(server, profile);
        var yaml = recommender.InterceptForServer(server, profile);

        // Then they share the posture, the hidden tools, the listed tools and the shared budget
        Assert.Equal(json.Default, yaml.Default);
        Assert.Equal(json.Hide, yaml.Hide);
        Assert.Equal(json.Tools.Select(entry => entry.Key), yaml.Tools.Select(entry => entry.Key));
        Assert.Equal(Meaning(json.AllTools), Meaning(yaml.AllTools));

        // And each tool's rule means the same, except where only Intercept can allow small amounts
        foreach (var (name, rule) in json.Tools)
        {
            var rules = yaml.Tools.Single(entry => entry.Key == name).Value;
            if (profile != PolicyProfile.Permissive && name == "create_refund")
            {
                Assert.Equal(["deny always: Requires human approval."], Meaning(rule));
                Assert.All(rules, r => Assert.Equal(InterceptAction.Evaluate, r.Action));
                continue;
            }

            Assert.Equal(Meaning(rule), Meaning(rules));
        }
    }

    [Fact]
    public void BothFormats_ToolNamedStar_IsLeftOutOfBoth()
    {
        // Given a server with a destructive tool literally named "*", which both formats read as every tool
        var star = Labelled("*", ToolCategory.Write, RiskLevel.High, "Delete everything.", destructive: true);
        var server = Server(star, Labelled("list_items", ToolCategory.Read, RiskLevel.Low, "List items."));

        // When every format and profile is made
        var documents = Enum.GetValues<PolicyProfile>().Select(profile => (Json: recommender.ForServer(server, profile), Yaml: recommender.InterceptForServer(server, profile))).ToList();
        var advice = recommender.Advise(star);

        // Then "*" is neither hidden (which would hide every tool) nor listed, and the reason is given
        Assert.All(documents, pair =>
        {
            Assert.DoesNotContain("*", pair.Json.Hide);
            Assert.DoesNotContain("*", pair.Yaml.Hide);
            Assert.DoesNotContain(pair.Json.Tools, entry => entry.Key == "*");
            Assert.DoesNotContain(pair.Yaml.Tools, entry => entry.Key == "*");
        });
        Assert.Null(advice.Rule);
        Assert.False(advice.Hidden);
        Assert.Contains("every tool", advice.Explanation, StringComparison.Ordinal);
        Assert.Empty(recommender.InterceptForTool(star).Tools);
        Assert.Empty(recommender.ForTool(star).Tools);
    }

    [Theory]
    [InlineData("weird \"name\": with # and - signs")]
    [InlineData("- leading dash")]
    [InlineData("line\nbreak")]
    [InlineData("naïve/ünïcode.tool ✓")]
    public void InterceptForTool_NameNeedingQuoting_IsKeptVerbatim(string name)
    {
        // Given a tool whose name needs quoting in YAML
        var tool = Labelled(name, ToolCategory.Read, RiskLevel.Low, "List items.");

        // When its Intercept policy is made
        var policy = recommender.InterceptForTool(tool);

        // Then the key is the name exactly (quoting is the writer's job)
        Assert.Equal(name, Assert.Single(policy.Tools).Key);
    }

    /// <summary>The mixed server plus a payment tool with an amount and a financial read.</summary>
    private static CatalogServer WithPayments() => Server(
        [.. Mixed().Tools,
        Labelled("create_refund", ToolCategory.Write, RiskLevel.Critical, "Refund a payment.", PaymentSchema, financial: true),
        Labelled("list_payments", ToolCategory.Read, RiskLevel.Medium, "List payments.", PaymentSchema, financial: true, sensitive: true)]);

    private static string Describe(IReadOnlyList<InterceptRule>? rules) => rules is null
        ? "(none)"
        : string.Join(" | ", rules.Select(rule =>
            $"{rule.Name} {rule.Action} [{string.Join("&", rule.Conditions.Select(c => $"{c.Path} {c.Op} {c.ValueJson}"))}] {rule.OnDeny} {rule.State} {rule.RateLimit}"));

    /// <summary>What a policy.json rule does, in words both formats can be compared in.</summary>
    private static List<string> Meaning(ToolRule? rule) => rule is null
        ? []
        :
        [
            .. rule.DenyIf.Select(deny => deny.Conditions.Count == 0
                ? $"deny always: {deny.OnDeny}"
                : $"deny if {string.Join("&", deny.Conditions.Select(c => $"{c.Path} {c.Op} {c.ValueJson}"))}: {deny.OnDeny}"),
            .. rule.Limits.Select(limit => $"at most {limit.Max}/{limit.Window}"),
        ];

    private static List<string> Meaning(IReadOnlyList<InterceptRule> rules) => rules.Select(Meaning).ToList();

    private static string Meaning(InterceptRule rule) => (rule.Action, rule.Conditions.Count, rule.RateLimit) switch
    {
        (InterceptAction.Deny, 0, null) => $"deny always: {rule.OnDeny}",
        (InterceptAction.Deny, _, null) => $"deny if {string.Join("&", rule.Conditions.Select(c => $"{c.Path} {c.Op} {c.ValueJson}"))}: {rule.OnDeny}",
        (InterceptAction.Evaluate, 0, { } limit) => $"at most {limit.Max}/{limit.Window}",
        _ => $"no policy.json equivalent: {rule.Name}",
    };
}
