using Catalog.Domain.Tools;

namespace Catalog.Cli.Bench;

/// <summary>Generates varied tool definitions (names, descriptions, schemas, hints) for classifier and site benchmarks. Deterministic for a seed.</summary>
public sealed class ToolCorpusGenerator(int seed)
{
    private static readonly string[] Verbs = ["get", "list", "search", "create", "update", "delete", "run", "deploy", "send", "refund", "execute", "restart", "transfer", "read", "write", "export", "query", "close", "merge", "invite"];
    private static readonly string[] Nouns = ["issue", "invoice", "payment", "message", "file", "deployment", "secret", "table", "query", "instance", "pod", "email", "customer", "branch", "workflow", "channel", "bucket", "report", "note", "cluster"];
    private static readonly string[] Prefixes = ["", "", "", "github_", "acme_", "cloud-"];
    private static readonly string[] Params = ["id", "name", "query", "command", "amount", "path", "body", "limit", "to", "sql", "confirm", "region"];
    private static readonly string[] Phrases =
    [
        "Returns the matching records, newest first.", "This cannot be undone.", "Runs on the remote host.",
        "Requires the admin scope.", "Sends a notification to every member.", "Reads from the primary database.",
        "Results are paginated.", "The amount is in the smallest currency unit.",
    ];

    private readonly Random random = new(seed);

    public ToolDefinition Next(int index)
    {
        var verb = Verbs[random.Next(Verbs.Length)];
        var noun = Nouns[random.Next(Nouns.Length)];
        var name = $"{Prefixes[random.Next(Prefixes.Length)]}{verb}_{noun}{(index % 7 == 0 ? "s" : "")}";
        var description = $"{char.ToUpperInvariant(verb[0])}{verb[1..]} a {noun} in the workspace. {Phrases[random.Next(Phrases.Length)]} {Phrases[random.Next(Phrases.Length)]}";
        var count = random.Next(4);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            names.Add(Params[random.Next(Params.Length)]);
        }

        var properties = string.Join(",", names.Select(p => $"\"{p}\":{{\"type\":\"{(p is "amount" or "limit" ? "number" : p == "confirm" ? "boolean" : "string")}\",\"description\":\"The {p}\"}}"));
        var required = string.Join(",", names.Take(1).Select(p => $"\"{p}\""));
        return new ToolDefinition
        {
            Name = name,
            Description = description,
            InputSchema = $"{{\"type\":\"object\",\"properties\":{{{properties}}},\"required\":[{required}]}}",
            Annotations = index % 5 == 0 ? new ToolAnnotations(ReadOnlyHint: verb is "get" or "list" or "search" or "read") : ToolAnnotations.None,
            Location = new SourceLocation($"src/tools{index % 50}.ts", index % 900 + 1),
            Method = ExtractionMethods.TsServerTool,
        };
    }
}
