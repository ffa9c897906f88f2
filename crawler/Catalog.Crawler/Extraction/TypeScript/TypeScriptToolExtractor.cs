using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// Finds MCP tools in TypeScript and JavaScript sources written with the official SDK: <c>server.tool(...)</c>,
/// <c>server.registerTool(...)</c> and the low-level ListTools request handler. Reads tokens only; names and
/// descriptions must be fixed text (literals, templates without substitutions, concatenations, constants), and
/// tools whose name is computed at run time are left out.
/// </summary>
public sealed class TypeScriptToolExtractor : IToolExtractor
{
    private static readonly HashSet<string> Extensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs"];

    public string Name => "typescript";

    public bool Accepts(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = file.Path.ToLowerInvariant();
        return Extensions.Contains(file.Extension) && !path.EndsWith(".d.ts", StringComparison.Ordinal)
            && !path.EndsWith(".d.mts", StringComparison.Ordinal) && !path.EndsWith(".d.cts", StringComparison.Ordinal);
    }

    public IEnumerable<ToolDefinition> Extract(SourceFile file, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        var read = new TypeScriptReadContext(file, context);
        var tools = new List<ToolDefinition>();
        tools.AddRange(new ServerToolCallReader(read).Read());
        tools.AddRange(new RegisterToolCallReader(read).Read());
        tools.AddRange(new ListToolsReader(read).Read());
        return tools.OrderBy(t => t.Location.Path, StringComparer.Ordinal).ThenBy(t => t.Location.Line).ToList();
    }
}
