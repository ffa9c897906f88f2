using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Java;

/// <summary>
/// Reads Java and Kotlin MCP servers: annotated methods (Spring AI <c>@Tool</c>, <c>@McpTool</c> and kin:
/// <see cref="ExtractionMethods.JavaSpringAi"/>) and tools built with the official Java or Kotlin SDK
/// (<see cref="ExtractionMethods.JavaSdk"/>). Source is tokenized, never compiled; strings may be literals, text
/// blocks, concatenations or constants of any Java or Kotlin file of the server.
/// </summary>
public sealed class JavaToolExtractor : IToolExtractor
{
    public string Name => "java";

    public bool Accepts(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return JavaSourceLanguage.IsJvmSource(file.Path);
    }

    public IEnumerable<ToolDefinition> Extract(SourceFile file, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        var index = JavaTypeIndex.For(file, context);
        var tokens = index.TokensOf(file.Path);
        var tools = new List<ToolDefinition>();
        tools.AddRange(new AnnotatedToolReader(file, context, tokens, index).Read());
        tools.AddRange(new SdkToolReader(file, context, tokens, index).Read());
        return tools.OrderBy(t => t.Location.Line).ToList();
    }
}
