using System.Text;

namespace Catalog.Cli.Bench;

/// <summary>
/// Writes synthetic MCP server source in every language Catalog reads: tool registrations in each SDK's
/// style surrounded by ordinary code, comments and strings, so the extractors do realistic work. Deterministic for a seed.
/// </summary>
public sealed class SourceCorpusGenerator(int seed)
{
    private static readonly string[] Verbs = ["get", "list", "search", "create", "update", "delete", "run", "deploy", "send", "refund"];
    private static readonly string[] Nouns = ["issue", "invoice", "payment", "message", "file", "deployment", "secret", "table", "query", "instance"];

    private readonly Random random = new(seed);

    public static readonly string[] Extensions = [".ts", ".py", ".go", ".cs", ".rs", ".java"];

    /// <summary>One source file of roughly <paramref name="targetBytes"/> in the language of <paramref name="extension"/>.</summary>
    public string File(string extension, int targetBytes, out int tools)
    {
        var text = new StringBuilder(targetBytes + 4096);
        text.Append(Header(extension));
        tools = 0;
        while (text.Length < targetBytes)
        {
            var name = $"{Verbs[random.Next(Verbs.Length)]}_{Nouns[random.Next(Nouns.Length)]}_{tools}";
            var description = $"{Capital(Verbs[random.Next(Verbs.Length)])} the {Nouns[random.Next(Nouns.Length)]} records that match the filter, newest first.";
            text.Append(Tool(extension, name, description));

            // Real servers hold far more ordinary code than registrations: a handful of helpers per tool.
            for (var helpers = 3 + random.Next(4); helpers > 0; helpers--)
            {
                text.Append(Filler(extension));
            }

            tools++;
        }

        text.Append(Footer(extension));
        return text.ToString();
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Header(string extension) => extension switch
    {
        ".ts" => "import { McpServer } from \"@modelcontextprotocol/sdk/server/mcp.js\";\nimport { z } from \"zod\";\n\nconst server = new McpServer({ name: \"bench\", version: \"1.0.0\" });\n\n",
        ".py" => "from typing import Annotated\nfrom pydantic import Field\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP(\"bench\")\n\n",
        ".go" => "package main\n\nimport (\n\t\"context\"\n\t\"github.com/mark3labs/mcp-go/mcp\"\n\t\"github.com/mark3labs/mcp-go/server\"\n)\n\nfunc register(s *server.MCPServer) {\n",
        ".cs" => "using System.ComponentModel;\nusing ModelContextProtocol.Server;\n\nnamespace Bench;\n\n[McpServerToolType]\npublic static class BenchTools\n{\n",
        ".rs" => "use rmcp::{tool, tool_router, handler::server::wrapper::Parameters};\n\npub struct Bench;\n\n#[tool_router]\nimpl Bench {\n",
        ".java" => "package bench;\n\nimport org.springframework.ai.tool.annotation.Tool;\nimport org.springframework.ai.tool.annotation.ToolParam;\n\n@Service\npublic class BenchTools {\n",
        _ => "",
    };

    private static string Footer(string extension) => extension switch
    {
        ".go" or ".cs" or ".rs" or ".java" => "}\n",
        _ => "",
    };

    private static string Tool(string extension, string name, string description) => extension switch
    {
        ".ts" => $"server.tool(\n  \"{name}\",\n  \"{description}\",\n  {{ id: z.string().describe(\"The record id\"), limit: z.number().int().optional() }},\n  {{ readOnlyHint: true }},\n  async ({{ id, limit }}) => ({{ content: [{{ type: \"text\", text: `${{id}}:${{limit}}` }}] }}),\n);\n\n",
        ".py" => $"@mcp.tool()\nasync def {name}(record_id: Annotated[str, Field(description=\"The record id\")], limit: int = 20) -> str:\n    \"\"\"{description}\n\n    Args:\n        record_id: The record id.\n        limit: How many to return.\n    \"\"\"\n    return f\"{{record_id}}:{{limit}}\"\n\n",
        ".go" => $"\ts.AddTool(mcp.NewTool(\"{name}\",\n\t\tmcp.WithDescription(\"{description}\"),\n\t\tmcp.WithString(\"id\", mcp.Required(), mcp.Description(\"The record id\")),\n\t\tmcp.WithNumber(\"limit\", mcp.Description(\"How many\")),\n\t), handle)\n",
        ".cs" => $"    [McpServerTool(Name = \"{name}\", ReadOnly = true), Description(\"{description}\")]\n    public static string M{Math.Abs(name.GetHashCode(StringComparison.Ordinal))}([Description(\"The record id\")] string id, int limit = 20) => $\"{{id}}:{{limit}}\";\n\n",
        ".rs" => $"    #[tool(description = \"{description}\")]\n    async fn {name}(&self, Parameters(req): Parameters<Req>) -> String {{\n        format!(\"{{}}\", req.id)\n    }}\n\n",
        ".java" => $"    @Tool(name = \"{name}\", description = \"{description}\")\n    public String m{Math.Abs(name.GetHashCode(StringComparison.Ordinal))}(@ToolParam(description = \"The record id\") String id) {{\n        return id;\n    }}\n\n",
        _ => "",
    };

    /// <summary>Ordinary code between tools: comments, strings with brackets and calls that are not tools.</summary>
    private string Filler(string extension)
    {
        var n = random.Next(1000);
        return extension switch
        {
            ".py" => $"# helper {n}: format rows (not a tool)\ndef _format_{n}(rows):\n    text = \"server.tool('fake', 'not real')\"\n    return [f\"{{r['id']}}: {{r.get('name', '')}}\" for r in rows if r and \"(\" not in text]\n\n",
            ".go" => $"\t// helper {n}: mcp.NewTool(\"fake\") inside a comment is not a tool\n\t_ = []string{{\"a(\", \"b)\", \"{{c}}\"}}\n",
            ".rs" => $"    // helper {n}: #[tool(description = \"fake\")] in a comment\n    fn helper_{n}(&self, rows: &[String]) -> usize {{ rows.iter().filter(|r| r.contains(\"(\")).count() }}\n\n",
            _ => $"  // helper {n}: server.tool(\"fake\", ...) in a comment is not a tool\n  const note{n} = \"text with (brackets) and {{braces}} and a [list]\";\n",
        } + (extension is ".ts" ? $"function helper{n}(rows: string[]): number {{ return rows.filter((r) => r.includes(\"(\")).length; }}\n\n" : "");
    }
}
