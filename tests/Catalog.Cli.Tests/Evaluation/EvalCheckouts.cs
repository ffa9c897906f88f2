using Catalog.Testing;

namespace Catalog.Cli.Tests.Evaluation;

/// <summary>
/// Two tiny invented checkouts (<c>acme__alpha</c> in TypeScript, <c>acme__beta</c> in Python) and a labelled file
/// that lists them, a third repository without a checkout, and one line that is not a tool.
/// </summary>
internal sealed class EvalCheckouts : IDisposable
{
    private readonly TemporaryDirectory folder = new("catalog-eval-extraction");

    public EvalCheckouts()
    {
        folder.WriteFile("repos/acme__alpha/package.json", """{ "name": "alpha", "dependencies": { "@modelcontextprotocol/sdk": "^1.0.0" } }""");
        folder.WriteFile("repos/acme__alpha/src/index.ts", """
            import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
            const server = new McpServer({ name: "alpha", version: "1.0.0" });
            server.tool("feed_cat", "Feed   the cat\n once.", async () => ({ content: [] }));
            server.tool("pet_cat", "Pet the cat gently.", async () => ({ content: [] }));
            server.tool("walk_dog", "Walk the dog on " + process.env.PARK + " street.", async () => ({ content: [] }));
            server.tool("bath_dog", "Give the dog a bath.", async () => ({ content: [] }));
            """);
        folder.WriteFile("repos/acme__beta/server.py", """"
            from mcp.server.fastmcp import FastMCP

            mcp = FastMCP("beta")


            @mcp.tool()
            def water_plant(name: str) -> str:
                """Water one plant."""
                return name
            """");
        folder.WriteFile("repos/not-a-checkout/readme.txt", "ignored");
        folder.WriteFile("labelled.jsonl", string.Join('\n',
            """{"repo": "acme/alpha", "tool_name": "feed_cat", "description": "Feed the cat once."}""",
            """{"repo": "acme/alpha", "tool_name": "pet_cat", "description": "Pet the cat firmly."}""",
            """{"repo": "acme/alpha", "tool_name": "walk_dog", "description": "Walk the dog on {park} street."}""",
            """{"repo": "acme/alpha", "tool_name": "groom_cat", "description": "Groom the cat."}""",
            """{"repo": "acme/beta", "tool_name": "water_plant", "description": "Water one plant."}""",
            """{"repo": "acme/gamma", "tool_name": "never_seen", "description": "No checkout for this one."}""",
            """not json at all"""));
    }

    public string Repositories => folder.Combine("repos");

    public string Labelled => folder.Combine("labelled.jsonl");

    public void Dispose() => folder.Dispose();
}
