using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>
/// Finds MCP tools in Python sources: functions decorated with <c>@mcp.tool</c> (FastMCP and the official SDK) or
/// registered by a call (<c>mcp.add_tool(fn)</c>, <c>Tool.from_function(fn)</c>), and low-level <c>types.Tool(...)</c>
/// objects. Reads tokens only; a tool whose name is not fixed text is left out.
/// </summary>
public sealed class PythonToolExtractor : IToolExtractor
{
    public string Name => "python";

    public bool Accepts(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Extension == ".py";
    }

    public IEnumerable<ToolDefinition> Extract(SourceFile file, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        var module = PythonModule.Parse(file, context.Cancellation);
        var literals = new PyLiteralConverter(module, context.Cancellation);
        var tools = new List<ToolDefinition>();
        var decorated = new DecoratedToolReader(module, literals, context.Cancellation);
        tools.AddRange(decorated.Read());
        tools.AddRange(new RegisteredToolReader(module, decorated, context).Read());
        tools.AddRange(new TypesToolReader(module, literals, context.Cancellation).Read());
        return tools.OrderBy(t => t.Location.Line).ToList();
    }
}
