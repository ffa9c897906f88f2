using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Policies;
using Catalog.Domain.Servers;
using Catalog.Testing;

namespace Catalog.Classifier.Tests.Policies;

/// <summary>Labelled catalogue tools and servers for policy tests, built as plain records.</summary>
internal static class PolicyFixtures
{
    public static CatalogTool Labelled(
        string name,
        ToolCategory category,
        RiskLevel risk,
        string description = "",
        string? schema = null,
        bool destructive = false,
        bool financial = false,
        bool sensitive = false) => new()
    {
        Definition = ToolDefinitionBuilder.Tool(name, description, schema),
        Classification = new ToolClassification
        {
            Category = category,
            Risk = risk,
            Destructive = destructive,
            Financial = financial,
            Sensitive = sensitive,
            Confidence = 0.9,
            Reasons = [new ClassificationReason("test.reason", "The name starts with the verb 'test'")],
            ClassifierVersion = "rules-test",
        },
    };

    public static CatalogTool Unclassified(string name, string description = "", string? schema = null) => new()
    {
        Definition = ToolDefinitionBuilder.Tool(name, description, schema),
    };

    public static CatalogServer Server(params CatalogTool[] tools) => new()
    {
        Identity = new ServerIdentity { Slug = "acme-mixed", Name = "acme/mixed", Repository = "acme/mixed" },
        Facts = new ServerFacts(),
        Source = "test",
        Tools = tools,
        UpdatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>One of each kind of tool the recommender treats differently.</summary>
    public static CatalogServer Mixed() => Server(
        Labelled("list_items", ToolCategory.Read, RiskLevel.Low, "List items."),
        Labelled("read_inbox", ToolCategory.Read, RiskLevel.Medium, "Read emails.", sensitive: true),
        Labelled("create_item", ToolCategory.Write, RiskLevel.Medium, "Create an item."),
        Labelled("send_email", ToolCategory.Write, RiskLevel.High, "Send an email to a recipient."),
        Labelled("delete_item", ToolCategory.Write, RiskLevel.High, "Delete an item.", destructive: true),
        Labelled("refund_payment", ToolCategory.Write, RiskLevel.Critical, "Refund a payment.", financial: true),
        Labelled("run_command", ToolCategory.Execute, RiskLevel.Critical, "Run a shell command.", ToolDefinitionBuilder.StringParams("command")),
        Labelled("restart_service", ToolCategory.Execute, RiskLevel.High, "Restart a service."),
        Unclassified("mystery"));

    /// <summary>Rules are records holding lists, so equal content is compared item by item.</summary>
    public static string Describe(ToolRule? rule) => rule is null
        ? "(none)"
        : "deny:" + string.Join(";", rule.DenyIf.Select(deny => string.Join("&", deny.Conditions.Select(c => $"{c.Path} {c.Op} {c.ValueJson}")) + "=>" + deny.OnDeny))
          + " limits:" + string.Join(";", rule.Limits.Select(limit => $"{limit.Counter} {limit.Max}/{limit.Window} {limit.Scope}"));
}
