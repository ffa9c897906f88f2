using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>
/// Reads Go MCP servers: mark3labs/mcp-go's <c>mcp.NewTool(...)</c> builders (<see cref="ExtractionMethods.GoMcpGo"/>)
/// and <c>mcp.Tool{...}</c> literals registered with the official go-sdk's <c>mcp.AddTool</c>
/// (<see cref="ExtractionMethods.GoSdk"/>). Source is tokenized, never compiled; names and descriptions may be
/// literals, raw strings, '+' concatenations or constants of the package.
/// </summary>
public sealed class GoToolExtractor : IToolExtractor
{
    public string Name => "go";

    public bool Accepts(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return GoPackageIndex.IsPackageFile(file.Path);
    }

    public IEnumerable<ToolDefinition> Extract(SourceFile file, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        var package = GoPackageIndex.For(file, context);
        var tokens = package.TokensOf(file.Path);
        var literalMethod = ImportsMcpGo(tokens) ? ExtractionMethods.GoMcpGo : ExtractionMethods.GoSdk;
        var tools = new List<ToolDefinition>();
        tools.AddRange(new McpGoToolReader(file, context, tokens, package).Read());
        tools.AddRange(new GoSdkToolReader(file, context, tokens, package, literalMethod).Read());
        return tools.OrderBy(t => t.Location.Line).ToList();
    }

    private static bool ImportsMcpGo(TokenList tokens) =>
        tokens.Any(t => t.IsPlainString && t.Value.StartsWith("github.com/mark3labs/mcp-go", StringComparison.Ordinal));
}
