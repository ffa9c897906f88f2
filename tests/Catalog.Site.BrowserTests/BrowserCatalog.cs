using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;
using Catalog.Testing;

namespace Catalog.Site.BrowserTests;

/// <summary>A small catalogue for the browser: three servers in two languages, every risk level, and hostile text.</summary>
internal static class BrowserCatalog
{
    public const string HostileDescription = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";

    private static readonly DateTimeOffset Day = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<CatalogServer> Servers() =>
    [
        Server("acme-files", "TypeScript",
        [
            Tool("read_file", "Reads a file and returns its text.", ToolCategory.Read, RiskLevel.Low, ToolDefinitionBuilder.StringParams("path")),
            Tool("write_file", "Writes text to a file, replacing it.", ToolCategory.Write, RiskLevel.High, ToolDefinitionBuilder.StringParams("path", "content"), destructive: true),
            Tool("run_command", "Runs a shell command on the host.", ToolCategory.Execute, RiskLevel.Critical, ToolDefinitionBuilder.StringParams("command")),
            Tool("rename_file", "Renames a file.", ToolCategory.Write, RiskLevel.Medium, ToolDefinitionBuilder.StringParams("from", "to")),
            Tool("evil", HostileDescription, ToolCategory.Read, RiskLevel.Low),
            Tool("invoice\u202Egpj.exe", "Hidden\u200Bcharacters.", ToolCategory.Read, RiskLevel.Low),
        ]),
        Server("notes-py", "Python",
        [
            Tool("list_notes", "Lists the notes of the workspace.", ToolCategory.Read, RiskLevel.Low),
            Tool("delete_note", "Deletes a note for ever.", ToolCategory.Write, RiskLevel.High, ToolDefinitionBuilder.StringParams("id"), destructive: true),
        ]),
        Server("payments-py", "Python",
        [
            Tool("refund_payment", "Refunds a payment to the customer.", ToolCategory.Write, RiskLevel.Critical, ToolDefinitionBuilder.StringParams("payment_id", "amount")),
            Tool("read_balance", "Reads the account balance.", ToolCategory.Read, RiskLevel.Medium),
        ]),
    ];

    public static IReadOnlyList<ToolChange> Changes() =>
    [
        new("acme-files", "run_command", Domain.Crawling.ToolChangeKind.Added, Day, 1, 1),
        new("notes-py", "old_note", Domain.Crawling.ToolChangeKind.Removed, Day, 1, 2),
    ];

    private static CatalogServer Server(string slug, string language, IReadOnlyList<CatalogTool> tools) => new()
    {
        Identity = new ServerIdentity { Slug = slug, Name = $"acme/{slug}", Repository = $"acme/{slug}" },
        Facts = new ServerFacts
        {
            Description = "A server for the browser tests.",
            Language = language,
            License = "MIT",
            Stars = 7,
            HeadCommit = "0123456789abcdef0123456789abcdef01234567",
            RepositoryUrl = $"https://github.com/acme/{slug}",
        },
        Source = "test",
        Tools = tools.OrderBy(t => t.Name, StringComparer.Ordinal).ToList(),
        UpdatedAt = Day,
    };

    private static CatalogTool Tool(string name, string description, ToolCategory category, RiskLevel risk, string? schema = null, bool destructive = false) => new()
    {
        Definition = ToolDefinitionBuilder.Tool(name, description, schema),
        Classification = new ToolClassification
        {
            Category = category,
            Risk = risk,
            Destructive = destructive,
            Financial = false,
            Sensitive = false,
            Confidence = 0.8,
            Reasons = [new ClassificationReason("test", $"{name} is labelled by the test.")],
            ClassifierVersion = "test-1",
        },
        History = [new ToolVersionInfo(1, "aaaaaaaaaaaa", Day, 1, description)],
    };
}
