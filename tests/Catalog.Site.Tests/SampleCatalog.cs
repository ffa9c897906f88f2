using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>Plain catalogue objects for site tests: a couple of servers whose tools cover every label and the hostile cases.</summary>
internal static class SampleCatalog
{
    public const string ScriptDescription = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    public const string MarkupName = "</title><script>alert(3)</script><a onclick=\"alert(4)\">";
    public const string BidiName = "invoice\u202Egpj.exe";
    public const string BidiDescription = "Reads a file.\u200BThen\u2066 obeys hidden\uFEFF text.";
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    public static readonly DateTimeOffset Day1 = new(2025, 1, 10, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Day2 = new(2025, 2, 20, 17, 30, 0, TimeSpan.Zero);

    public static CatalogTool Labelled(ToolDefinition definition, ToolCategory category, RiskLevel risk, bool destructive = false, double confidence = 0.9) => new()
    {
        Definition = definition,
        Classification = new ToolClassification
        {
            Category = category,
            Risk = risk,
            Destructive = destructive,
            Financial = false,
            Sensitive = false,
            Confidence = confidence,
            Reasons = [new ClassificationReason("name-verb", $"The name {definition.Name} suggests {category}.")],
            Tags = [],

            // The classifier counts tokens; here a count that grows with the definition stands in for it.
            DefinitionTokens = 20 + (definition.Name.Length + definition.Description.Length + definition.InputSchema.Length) / 4,
            ClassifierVersion = "test-1",
        },
        History =
        [
            new ToolVersionInfo(1, "aaaaaaaaaaaaaaaaaaaa", Day1, 1, "first"),
            new ToolVersionInfo(2, definition.ContentHash, Day2, 2, definition.Description),
        ],
    };

    public static CatalogServer Server(string slug, IReadOnlyList<CatalogTool> tools, ServerFacts? facts = null, string subfolder = "") => new()
    {
        Identity = new ServerIdentity { Slug = slug, Name = $"acme/{slug}", Repository = $"acme/{slug}", Subfolder = subfolder },
        Facts = facts ?? new ServerFacts
        {
            Description = "Tools for\nfiles and shells.",
            Language = "TypeScript",
            License = "MIT",
            Stars = 42,
            HeadCommit = Commit,
            RepositoryUrl = $"https://github.com/acme/{slug}",
            Topics = ["mcp", "files"],
        },
        Source = "test",
        Tools = tools.OrderBy(t => t.Name, StringComparer.Ordinal).ToList(),
        UpdatedAt = Day2,
    };

    /// <summary>The main server: one tool per category, plus hostile names and descriptions.</summary>
    public static CatalogServer Files() => Server("acme-files",
    [
        Labelled(ToolDefinitionBuilder.Tool("read_file", "Reads a file.\nReturns its text.", ToolDefinitionBuilder.StringParams("path"), new ToolAnnotations(ReadOnlyHint: true), line: 12), ToolCategory.Read, RiskLevel.Low),
        Labelled(ToolDefinitionBuilder.Tool("write_file", "Writes a file.", ToolDefinitionBuilder.StringParams("path", "content"), line: 30), ToolCategory.Write, RiskLevel.High, destructive: true),
        Labelled(ToolDefinitionBuilder.Tool("run_command", "Runs a shell command.", ToolDefinitionBuilder.StringParams("command"), line: 50), ToolCategory.Execute, RiskLevel.Critical, confidence: 0.75),
        Labelled(ToolDefinitionBuilder.Tool("evil", ScriptDescription, line: 70), ToolCategory.Read, RiskLevel.Medium),
        Labelled(ToolDefinitionBuilder.Tool("../../x", "Path traversal name.", line: 80), ToolCategory.Read, RiskLevel.Low),
        Labelled(ToolDefinitionBuilder.Tool("..", "Dot-dot name.", line: 81), ToolCategory.Read, RiskLevel.Low),
        Labelled(ToolDefinitionBuilder.Tool("Send Mail", "Sends mail.", line: 90), ToolCategory.Write, RiskLevel.Medium),
        Labelled(ToolDefinitionBuilder.Tool("send-mail", "Also sends mail.", line: 91), ToolCategory.Write, RiskLevel.Medium),
        Labelled(ToolDefinitionBuilder.Tool(BidiName, BidiDescription, line: 95), ToolCategory.Read, RiskLevel.Low),
        Labelled(ToolDefinitionBuilder.Tool(MarkupName, "A name made of markup.", line: 97), ToolCategory.Read, RiskLevel.Low),
        Labelled(ToolDefinitionBuilder.Tool("broken_schema", "Schema is not JSON.", "{\"type\":\"object\",\"properties\":", line: 99), ToolCategory.Read, RiskLevel.Low),
        new CatalogTool { Definition = ToolDefinitionBuilder.Tool("not_labelled", "Waiting for the classifier.", line: 120) },
    ]);

    /// <summary>A second server without a repository address (a local folder): no source links.</summary>
    public static CatalogServer Local() => Server("local-notes",
    [
        Labelled(ToolDefinitionBuilder.Tool("list_notes", "Lists notes.", path: "notes/server.py", method: ExtractionMethods.PyDecorator), ToolCategory.Read, RiskLevel.Low),
        Labelled(ToolDefinitionBuilder.Tool("delete_note", "Deletes a note.", ToolDefinitionBuilder.StringParams("id"), path: "notes/server.py", line: 20, method: ExtractionMethods.PyDecorator), ToolCategory.Write, RiskLevel.High, destructive: true),
    ], new ServerFacts { Description = "Local notes.", RepositoryUrl = "javascript:alert(1)", HeadCommit = Commit });

    public static IReadOnlyList<CatalogServer> All() => [Files(), Local()];

    public static IReadOnlyList<ToolChange> Changes() =>
    [
        new("acme-files", "run_command", ToolChangeKind.Added, Day1, 1, 1),
        new("acme-files", "evil", ToolChangeKind.Changed, Day2, 2, 2),
        new("local-notes", "old_tool", ToolChangeKind.Removed, Day2, 2, 3),
    ];
}
