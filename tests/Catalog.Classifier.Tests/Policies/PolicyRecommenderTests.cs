using System.Text.Json;
using System.Text.RegularExpressions;
using Catalog.Classifier.Policies;
using Catalog.Domain.Classification;
using Catalog.Domain.Policies;
using Catalog.Testing;
using static Catalog.Classifier.Tests.Policies.PolicyFixtures;

namespace Catalog.Classifier.Tests.Policies;

public sealed class PolicyRecommenderTests
{
    private readonly PolicyRecommender recommender = new();

    [Theory]
    [InlineData("list_items", "List items.", ToolCategory.Read, RiskLevel.Low, false, LimitWindow.Minute, 60)]
    [InlineData("read_inbox", "Read the latest emails.", ToolCategory.Read, RiskLevel.Medium, true, LimitWindow.Minute, 20)]
    [InlineData("create_item", "Create an item.", ToolCategory.Write, RiskLevel.Medium, false, LimitWindow.Hour, 30)]
    [InlineData("send_email", "Send an email to a recipient.", ToolCategory.Write, RiskLevel.High, false, LimitWindow.Hour, 10)]
    [InlineData("post_message", "Post a message to a chat channel.", ToolCategory.Write, RiskLevel.High, false, LimitWindow.Hour, 10)]
    [InlineData("restart_service", "Restart a service.", ToolCategory.Execute, RiskLevel.High, false, LimitWindow.Minute, 10)]
    public void Advise_AllowedTool_GetsTheBudgetOfItsKind(string name, string description, ToolCategory category, RiskLevel risk, bool sensitive, LimitWindow window, int max)
    {
        // Given a labelled tool that is neither destructive, financial nor Critical
        var tool = Labelled(name, category, risk, description, sensitive: sensitive);

        // When the balanced advice is asked for
        var advice = recommender.Advise(tool);

        // Then it is allowed with one limit on its own counter, and one sentence says why
        Assert.False(advice.Hidden);
        var rule = Assert.IsType<ToolRule>(advice.Rule);
        Assert.Empty(rule.DenyIf);
        var limit = Assert.Single(rule.Limits);
        Assert.Equal(new RateLimit(name + ".calls", window, max, "grant"), limit);
        Assert.Contains(max.ToString(System.Globalization.CultureInfo.InvariantCulture), advice.Explanation, StringComparison.Ordinal);
        Assert.EndsWith(".", advice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ExecuteWithShellParameter_DeniesKnownDestructiveCommands()
    {
        // Given an Execute tool that takes free-form shell text and SQL
        var tool = Labelled("run", ToolCategory.Execute, RiskLevel.High, "Run a command.", ToolDefinitionBuilder.StringParams("command", "sql", "country_code"));

        // When the balanced advice is asked for
        var advice = recommender.Advise(tool);

        // Then calls are limited and deny_if guards `command` against shell patterns and `sql` against SQL ones
        var rule = advice.Rule!;
        Assert.Equal(BalancedLimits.For("run", BalancedLimits.Execute), Assert.Single(rule.Limits));
        var conditions = rule.DenyIf.Select(deny => Assert.Single(deny.Conditions)).ToList();
        Assert.All(conditions, condition => Assert.Equal("regex", condition.Op));
        Assert.Equal(["args.command", "args.sql"], conditions.Select(condition => condition.Path).Distinct());
        var commandPatterns = conditions.Where(c => c.Path == "args.command").Select(c => new Regex(JsonSerializer.Deserialize<string>(c.ValueJson)!)).ToList();
        var sqlPatterns = conditions.Where(c => c.Path == "args.sql").Select(c => new Regex(JsonSerializer.Deserialize<string>(c.ValueJson)!)).ToList();
        Assert.Contains(commandPatterns, pattern => pattern.IsMatch("rm -rf /"));
        Assert.Contains(commandPatterns, pattern => pattern.IsMatch("mkfs.ext4 /dev/sda1"));
        Assert.Contains(sqlPatterns, pattern => pattern.IsMatch("DROP TABLE users"));
        Assert.DoesNotContain(sqlPatterns, pattern => pattern.IsMatch("rm -rf /"));
        Assert.All(rule.DenyIf, deny => Assert.StartsWith("Refused: `", deny.OnDeny, StringComparison.Ordinal));
        Assert.Contains("`command`", advice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ExecuteWithoutFreeFormParameters_OnlyLimits()
    {
        // Given an Execute tool with structured parameters only
        var tool = Labelled("scale", ToolCategory.Execute, RiskLevel.High, "Scale a deployment.", ToolDefinitionBuilder.StringParams("name", "replicas"));

        // When the balanced advice is asked for
        var rule = recommender.Advise(tool).Rule!;

        // Then nothing is denied by pattern
        Assert.Empty(rule.DenyIf);
        Assert.Single(rule.Limits);
    }

    [Fact]
    public void Advise_DestructiveTool_IsHiddenWithTheReason()
    {
        // Given a destructive tool
        var tool = Labelled("delete_item", ToolCategory.Write, RiskLevel.High, "Delete an item.", destructive: true);

        // When the balanced advice is asked for
        var advice = recommender.Advise(tool);

        // Then it is hidden, has no rule, and the explanation says why, citing the classifier
        Assert.True(advice.Hidden);
        Assert.Null(advice.Rule);
        Assert.Contains("delete or overwrite", advice.Explanation, StringComparison.Ordinal);
        Assert.Contains("(the name starts with the verb 'test')", advice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_FinancialWrite_RequiresHumanApproval()
    {
        // Given a tool that moves money
        var tool = Labelled("refund_payment", ToolCategory.Write, RiskLevel.Critical, "Refund a payment.", financial: true);

        // When the balanced advice is asked for
        var advice = recommender.Advise(tool);

        // Then every call is denied pending approval
        var deny = Assert.Single(advice.Rule!.DenyIf);
        Assert.Empty(deny.Conditions);
        Assert.Equal("Requires human approval.", deny.OnDeny);
        Assert.Empty(advice.Rule.Limits);
        Assert.Contains("approves", advice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_FinancialRead_IsBudgetedNotDenied()
    {
        // Given a read of payment records
        var tool = Labelled("list_payments", ToolCategory.Read, RiskLevel.Medium, "List payments.", financial: true, sensitive: true);

        // When the balanced advice is asked for
        var rule = recommender.Advise(tool).Rule!;

        // Then it is a sensitive read: allowed, 20 a minute (approval is for tools that move money)
        Assert.Empty(rule.DenyIf);
        Assert.Equal(BalancedLimits.For("list_payments", BalancedLimits.SensitiveRead), Assert.Single(rule.Limits));
    }

    [Fact]
    public void Advise_CriticalTool_IsDeniedByDefault()
    {
        // Given a Critical tool that is neither destructive nor financial
        var tool = Labelled("run_command", ToolCategory.Execute, RiskLevel.Critical, "Run a shell command.", ToolDefinitionBuilder.StringParams("command"));

        // When the balanced advice is asked for
        var advice = recommender.Advise(tool);

        // Then it is always denied, with the reason
        var deny = Assert.Single(advice.Rule!.DenyIf);
        Assert.Empty(deny.Conditions);
        Assert.Contains("Critical", deny.OnDeny, StringComparison.Ordinal);
        Assert.Contains("Critical", advice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_UnclassifiedTool_IsTreatedAsExecuteHigh()
    {
        // Given a tool the classify stage has not labelled yet
        var tool = Unclassified("mystery", "Does things.", ToolDefinitionBuilder.StringParams("command"));

        // When the balanced advice is asked for
        var advice = recommender.Advise(tool);

        // Then it gets the Execute budget and guards, and the explanation says it is unclassified
        Assert.False(advice.Hidden);
        Assert.Equal(BalancedLimits.For("mystery", BalancedLimits.Execute), Assert.Single(advice.Rule!.Limits));
        Assert.NotEmpty(advice.Rule.DenyIf);
        Assert.Contains("not classified", advice.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("weird \"name\" with spaces")]
    [InlineData("naïve/ünïcode.tool")]
    [InlineData("a\\b'c`d")]
    public void Advise_NameNeedingQuoting_IsKeptVerbatim(string name)
    {
        // Given a tool whose name needs quoting in most formats
        var tool = Labelled(name, ToolCategory.Read, RiskLevel.Low, "List items.");

        // When the advice and the one-tool document are made
        var advice = recommender.Advise(tool);
        var document = recommender.ForTool(tool);

        // Then the name and the counter keep it exactly (formatting is the writer's job)
        Assert.Equal(name, advice.ToolName);
        Assert.Equal(name + ".calls", Assert.Single(advice.Rule!.Limits).Counter);
        Assert.Equal(name, Assert.Single(document.Tools).Key);
    }

    [Fact]
    public void ForTool_AllowedTool_IsTheOnlyToolUnderDefaultDeny()
    {
        // Given a read tool
        var tool = Labelled("list_items", ToolCategory.Read, RiskLevel.Low, "List items.");

        // When its own document is made
        var document = recommender.ForTool(tool);

        // Then the document denies by default and lists the tool with its rule
        Assert.Equal("1", document.Version);
        Assert.Equal(PolicyDefault.Deny, document.Default);
        Assert.Empty(document.Hide);
        Assert.Null(document.AllTools);
        var entry = Assert.Single(document.Tools);
        Assert.Equal("list_items", entry.Key);
        Assert.Equal(Describe(recommender.Advise(tool).Rule), Describe(entry.Value));
    }

    [Fact]
    public void ForTool_HiddenTool_IsInHideNotInTools()
    {
        // Given a destructive tool
        var tool = Labelled("delete_item", ToolCategory.Write, RiskLevel.High, "Delete an item.", destructive: true);

        // When its own document is made
        var document = recommender.ForTool(tool);

        // Then it is hidden and not listed
        Assert.Equal(["delete_item"], document.Hide);
        Assert.Empty(document.Tools);
    }

    [Fact]
    public void ForServer_Balanced_GivesEachToolTheRuleForToolGives()
    {
        // Given a server with one tool of every kind
        var server = Mixed();

        // When its balanced document is made
        var document = recommender.ForServer(server, PolicyProfile.Balanced);

        // Then every tool's rule is exactly the one ForTool gives it, and hidden tools are hidden in both
        foreach (var tool in server.Tools)
        {
            var single = recommender.ForTool(tool);
            var listed = document.Tools.Where(entry => entry.Key == tool.Name).Select(entry => Describe(entry.Value)).SingleOrDefault();
            var alone = single.Tools.Select(entry => Describe(entry.Value)).SingleOrDefault();
            Assert.Equal(alone, listed);
            Assert.Equal(single.Hide.Contains(tool.Name), document.Hide.Contains(tool.Name));
        }
    }

    [Fact]
    public void ForServer_Balanced_DeniesByDefaultHidesDestructiveAndLimitsAllTools()
    {
        // Given a server with one tool of every kind
        // When its balanced document is made
        var document = recommender.ForServer(Mixed());

        // Then it denies by default, hides the destructive tool, lists the others in name order, and caps all tools together
        Assert.Equal(PolicyDefault.Deny, document.Default);
        Assert.Equal(["delete_item"], document.Hide);
        Assert.Equal(document.Tools.Select(entry => entry.Key).Order(StringComparer.Ordinal), document.Tools.Select(entry => entry.Key));
        Assert.Equal(8, document.Tools.Count);
        Assert.Equal(new RateLimit("*.calls", LimitWindow.Minute, 120, "grant"), Assert.Single(document.AllTools!.Limits));
    }

    [Fact]
    public void ForServer_Strict_ListsOnlyReads()
    {
        // Given a server with one tool of every kind
        // When its strict document is made
        var document = recommender.ForServer(Mixed(), PolicyProfile.Strict);

        // Then only the reads are listed, so everything else falls to the default deny
        Assert.Equal(PolicyDefault.Deny, document.Default);
        Assert.Empty(document.Hide);
        Assert.Equal(["list_items", "read_inbox"], document.Tools.Select(entry => entry.Key));
        Assert.NotNull(document.AllTools);
    }

    [Fact]
    public void ForServer_Permissive_AllowsEveryToolWithLimitsOnly()
    {
        // Given a server with one tool of every kind
        var server = Mixed();

        // When its permissive document is made
        var document = recommender.ForServer(server, PolicyProfile.Permissive);

        // Then it allows by default, hides and denies nothing, and every tool has a limit
        Assert.Equal(PolicyDefault.Allow, document.Default);
        Assert.Empty(document.Hide);
        Assert.Equal(server.Tools.Select(tool => tool.Name).Order(StringComparer.Ordinal), document.Tools.Select(entry => entry.Key));
        Assert.All(document.Tools, entry =>
        {
            Assert.Empty(entry.Value.DenyIf);
            Assert.Equal(entry.Key + ".calls", Assert.Single(entry.Value.Limits).Counter);
        });
        Assert.Equal(10, document.Tools.Single(entry => entry.Key == "send_email").Value.Limits[0].Max);
    }

    [Fact]
    public void ForServer_TwoDefinitionsWithOneName_TheRiskierDecides()
    {
        // Given a server that exposes a read and a destructive write under one name
        var server = Server(
            Labelled("item", ToolCategory.Read, RiskLevel.Low, "Get an item."),
            Labelled("item", ToolCategory.Write, RiskLevel.High, "Delete an item.", destructive: true));

        // When its balanced document is made
        var document = recommender.ForServer(server);

        // Then the name appears once, hidden
        Assert.Equal(["item"], document.Hide);
        Assert.Empty(document.Tools);
    }

    [Fact]
    public void Advise_WriteToolWithStoredTags_UsesTheTagsNotTheRules()
    {
        // Given two Write tools whose stored labels carry the rules' tags: a sender the rules would call
        // messaging but whose label says it is not, and an updater whose label says it is
        var sender = Labelled("send_email", ToolCategory.Write, RiskLevel.High, "Send an email to a recipient.");
        sender = sender with { Classification = sender.Classification! with { Tags = [] } };
        var updater = Labelled("update_item", ToolCategory.Write, RiskLevel.Medium, "Update an item.");
        updater = updater with { Classification = updater.Classification! with { Tags = ["messaging"] } };

        // When the balanced advice is asked for
        var senderLimit = Assert.Single(recommender.Advise(sender).Rule!.Limits);
        var updaterLimit = Assert.Single(recommender.Advise(updater).Rule!.Limits);

        // Then each gets the budget its stored tags call for
        Assert.Equal(BalancedLimits.For("send_email", BalancedLimits.Write), senderLimit);
        Assert.Equal(BalancedLimits.For("update_item", BalancedLimits.Messaging), updaterLimit);
    }

    [Fact]
    public void Advise_LabelStoredWithoutTags_WorksThemOutFromTheRules()
    {
        // Given a sender whose label was stored before labels kept tags
        var sender = Labelled("send_email", ToolCategory.Write, RiskLevel.High, "Send an email to a recipient.");
        sender = sender with { Classification = sender.Classification! with { Tags = null } };

        // When the balanced advice is asked for, then the rules find it is messaging
        Assert.Equal(BalancedLimits.For("send_email", BalancedLimits.Messaging), Assert.Single(recommender.Advise(sender).Rule!.Limits));
    }
}
