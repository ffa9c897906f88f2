using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Java;

/// <summary>
/// Reads tools declared by annotating a method: Spring AI's <c>@Tool</c>/<c>@ToolParam</c>, the MCP annotations'
/// <c>@McpTool</c>/<c>@McpToolParam</c> (with <c>annotations = @McpTool.McpAnnotations(...)</c>), and the same shape in
/// Quarkus (<c>@ToolArg</c>) and LangChain4j (<c>@Tool("description")</c>, <c>@P</c>). Parameters come from the
/// method signature, Java or Kotlin; framework-injected parameters are left out.
/// </summary>
internal sealed class AnnotatedToolReader(SourceFile file, ExtractionContext context, TokenList tokens, JavaTypeIndex index)
{
    private const int MaxSignatureTokens = 256;

    private static readonly HashSet<string> ToolAnnotationNames = new(StringComparer.Ordinal) { "Tool", "McpTool" };

    private static readonly string[] ParameterAnnotations = ["ToolParam", "McpToolParam", "ToolArg", "P"];

    // Arguments the frameworks supply themselves (exchange, context, progress, connection...): never tool input.
    private static readonly HashSet<string> InjectedTypes = new(StringComparer.Ordinal)
    {
        "ToolContext", "McpSyncServerExchange", "McpAsyncServerExchange", "McpSyncRequestContext", "McpAsyncRequestContext",
        "McpTransportContext", "CallToolRequest", "McpMeta", "McpConnection", "McpLog", "RequestId", "Progress", "Roots",
        "Sampling", "Cancellation", "Elicitation", "RawMessage", "McpToolCallContext", "ServerSession",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "class", "interface", "enum", "record", "object", "val", "var", "import", "package",
    };

    private readonly bool kotlin = JavaSourceLanguage.IsKotlin(file.Path);
    private readonly JavaStrings strings = new(tokens, index.Constants);

    public IEnumerable<ToolDefinition> Read()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                context.Cancellation.ThrowIfCancellationRequested();
            }

            if (!tokens.IsPunctuation(i, "@") || JavaAnnotation.Read(tokens, i) is not { } annotation || !ToolAnnotationNames.Contains(annotation.Name))
            {
                continue;
            }

            var nameIndex = MethodName(annotation.End);
            if (nameIndex >= 0)
            {
                yield return ReadTool(annotation, nameIndex);
            }

            i = annotation.End - 1;
        }
    }

    /// <summary>The index of the annotated method's name (the identifier before its "("), or -1 when a method does not follow.</summary>
    private int MethodName(int start)
    {
        var limit = Math.Min(tokens.Count, start + MaxSignatureTokens);
        for (var i = start; i < limit; i++)
        {
            var token = tokens[i];
            if (token.IsPunctuation("@") && JavaAnnotation.Read(tokens, i) is { } other)
            {
                i = other.End - 1;
            }
            else if (token.IsPunctuation("<"))
            {
                var close = tokens.MatchingAngle(i);
                if (close < 0)
                {
                    return -1;
                }

                i = close;
            }
            else if (token.IsPunctuation("("))
            {
                return tokens[i - 1].IsIdentifier() && i - 1 >= start ? i - 1 : -1;
            }
            else if (token.Kind == TokenKind.Identifier ? StopWords.Contains(token.Value) : token.Value is not ("." or "[" or "]" or "?" or ">"))
            {
                return -1;
            }
        }

        return -1;
    }

    private ToolDefinition ReadTool(JavaAnnotation annotation, int nameIndex)
    {
        var arguments = annotation.Arguments(tokens);
        var hints = arguments.TryGetValue("annotations", out var nested) && JavaAnnotation.Read(tokens, nested.Start) is { } inner
            ? inner.Arguments(tokens)
            : [];
        return new ToolDefinition
        {
            Name = Text(arguments, "name") ?? tokens[nameIndex].Value,
            Title = Text(arguments, "title") ?? Text(hints, "title"),
            Description = Text(arguments, "description") ?? Text(arguments, "value") ?? string.Empty,
            InputSchema = Schema(nameIndex + 1),
            Annotations = new ToolAnnotations(Flag(hints, "readOnlyHint"), Flag(hints, "destructiveHint"), Flag(hints, "idempotentHint"), Flag(hints, "openWorldHint")),
            Location = new SourceLocation(file.Path, tokens[annotation.At].Line),
            Method = ExtractionMethods.JavaSpringAi,
        };
    }

    private string Schema(int open)
    {
        var schema = new ObjectSchemaBuilder();
        var types = new JavaTypeSchema(index, context.Cancellation);
        foreach (var range in tokens.SplitArguments(open))
        {
            if (JavaParameter.Read(tokens, range, kotlin) is not { } parameter || IsInjected(parameter))
            {
                continue;
            }

            var (property, optional) = types.Map(tokens, parameter.Type);
            var arguments = parameter.Find(ParameterAnnotations) is { } annotation ? annotation.Arguments(tokens) : [];
            var description = Text(arguments, "description") ?? Text(arguments, "value");
            if (!string.IsNullOrEmpty(description))
            {
                property["description"] = description;
            }

            var required = Flag(arguments, "required") ?? true;
            var nullable = parameter.Find("Nullable", "Nonnull") is { Name: "Nullable" };
            var name = Text(arguments, "name") ?? parameter.Name;
            schema.Add(name, property, required && !nullable && !optional && !parameter.HasDefault && !arguments.ContainsKey("defaultValue"));
        }

        return schema.ToText();
    }

    private bool IsInjected(JavaParameter parameter)
    {
        if (parameter.Find("McpProgressToken", "McpMeta") is not null)
        {
            return true;
        }

        var last = -1;
        for (var i = parameter.Type.Start; i < parameter.Type.End && !tokens.IsPunctuation(i, "<"); i++)
        {
            last = tokens[i].IsIdentifier() ? i : last;
        }

        return last >= 0 && InjectedTypes.Contains(tokens[last].Value);
    }

    private string? Text(Dictionary<string, TokenRange> arguments, string key) =>
        arguments.TryGetValue(key, out var range) ? strings.Read(range) : null;

    private bool? Flag(Dictionary<string, TokenRange> arguments, string key) =>
        arguments.TryGetValue(key, out var range) && range.Length == 1 && tokens[range.Start].Kind == TokenKind.Identifier
            ? tokens[range.Start].Value switch { "true" => true, "false" => false, _ => null }
            : null;
}
