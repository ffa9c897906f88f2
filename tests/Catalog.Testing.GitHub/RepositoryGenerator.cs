using System.Globalization;

namespace Catalog.Testing.GitHub;

/// <summary>
/// Makes small, realistic TypeScript MCP server repositories for the fake server: a package.json that depends on the
/// SDK, a source file registering a few tools, a README and a license. Deterministic: the same index gives the same
/// repository. Creation dates are spread over a year, so a topic search has to be split into windows.
/// </summary>
public static class RepositoryGenerator
{
    public static readonly DateTimeOffset FirstCreated = new(2024, 11, 25, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Verbs = ["list", "get", "create", "delete", "search", "update"];
    private static readonly string[] Nouns = ["issues", "files", "invoices", "users", "records", "tickets", "notes"];

    /// <summary>Adds <paramref name="count"/> generated repositories, spread over <paramref name="owners"/> owners.</summary>
    public static IReadOnlyList<FakeRepository> AddGenerated(FakeGitHubServer server, int count, int owners = 50, string topic = "mcp-server")
    {
        ArgumentNullException.ThrowIfNull(server);
        var added = new List<FakeRepository>(count);
        for (var i = 0; i < count; i++)
        {
            // Spread over 365 days whatever the count, so that large counts pass the search cap per window.
            var created = FirstCreated.AddSeconds(Math.Floor(365.0 * 86_400 * i / Math.Max(count, 1)));
            var repository = server.Add($"gen-owner-{i % owners:D2}", $"generated-server-{i:D5}", created);
            repository.Topics = [topic];
            Fill(repository, i, revision: 0);
            added.Add(repository);
        }

        return added;
    }

    /// <summary>Rewrites a generated repository's tool file, as a push would: a new head commit with a changed tool.</summary>
    public static void Change(FakeRepository repository, int index, int revision) => Fill(repository, index, revision);

    private static void Fill(FakeRepository repository, int index, int revision)
    {
        var package = $$"""
            {
              "name": "{{repository.Name}}",
              "version": "1.{{revision}}.0",
              "description": "Generated MCP server {{index}}",
              "type": "module",
              "dependencies": { "@modelcontextprotocol/sdk": "^1.12.0", "zod": "^3.24.0" }
            }
            """;
        repository.SetFile("package.json", package);
        repository.SetFile("src/index.ts", Source(index, revision));
        repository.SetFile("README.md", $"# {repository.Name}\n\nGenerated MCP server number {index.ToString(CultureInfo.InvariantCulture)} for crawler tests.\n");
        repository.SetFile("LICENSE", "MIT License\n\nCopyright (c) generated\n");
    }

    private static string Source(int index, int revision)
    {
        var tools = string.Join("\n", Enumerable.Range(0, 3).Select(t =>
        {
            var name = $"{Verbs[(index + t) % Verbs.Length]}_{Nouns[(index + (2 * t)) % Nouns.Length]}";
            return $$"""
                server.tool(
                  "{{name}}",
                  "{{Describe(name, revision)}}",
                  { id: z.string().describe("Identifier") },
                  async ({ id }) => ({ content: [{ type: "text", text: id }] }),
                );
                """;
        }));
        return $$"""
            import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
            import { z } from "zod";

            const server = new McpServer({ name: "generated", version: "1.0.0" });

            {{tools}}
            """;
    }

    private static string Describe(string tool, int revision) =>
        revision == 0 ? $"Runs {tool.Replace('_', ' ')}." : $"Runs {tool.Replace('_', ' ')} (revision {revision.ToString(CultureInfo.InvariantCulture)}).";
}
