using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Java;

/// <summary>
/// Reads tools built with the official Java SDK (<c>new McpSchema.Tool("name", "description", schemaJson)</c> and
/// <c>McpSchema.Tool.builder().name(..).description(..).inputSchema(..).build()</c>) and the Kotlin SDK
/// (<c>Tool(name = .., ..)</c>, <c>server.addTool(name = .., description = ..)</c>). A schema given as JSON text
/// (a text block, a concatenation, a constant) is parsed; one built from objects is left empty.
/// </summary>
internal sealed class SdkToolReader(SourceFile file, ExtractionContext context, TokenList tokens, JavaTypeIndex index)
{
    private readonly JavaStrings strings = new(tokens, index.Constants);

    public IEnumerable<ToolDefinition> Read()
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                context.Cancellation.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            if (token.Kind != TokenKind.Identifier)
            {
                continue;
            }

            ToolDefinition? tool = token.Value switch
            {
                "Tool" when tokens.IsPunctuation(i + 1, "(") && IsConstruction(i) => FromConstructor(i),
                "builder" when tokens.IsPunctuation(i - 1, ".") && tokens.IsIdentifier(i - 2, "Tool") && tokens.IsPunctuation(i + 1, "(") => FromBuilder(i),
                "addTool" when tokens.IsPunctuation(i + 1, "(") && tokens.IsPunctuation(i - 1, ".") => FromKotlinAddTool(i),
                _ => null,
            };
            if (tool is not null)
            {
                yield return tool;
            }
        }
    }

    // new Tool(..), new McpSchema.Tool(..), and Kotlin's Tool(name = ..) (no "new"); not @Tool(..), a method named Tool, nor x.Tool(..).
    private bool IsConstruction(int toolIndex)
    {
        var before = toolIndex - 1;
        if (tokens.IsPunctuation(before, ".") && tokens.IsIdentifier(before - 1, "McpSchema"))
        {
            before -= 2;
        }

        if (tokens.IsIdentifier(before, "new"))
        {
            return true;
        }

        return JavaSourceLanguage.IsKotlin(file.Path) && !tokens.IsPunctuation(before, ".") && !tokens.IsPunctuation(before, "@")
            && !tokens.IsIdentifier(before, "fun")
            && NamedArguments(toolIndex + 1).ContainsKey("name");
    }

    private ToolDefinition? FromConstructor(int toolIndex)
    {
        var open = toolIndex + 1;
        var named = NamedArguments(open);
        if (named.Count > 0)
        {
            return Build(toolIndex, Get(named, "name"), Get(named, "title"), Get(named, "description"), Get(named, "inputSchema"), Get(named, "annotations"));
        }

        // Positional forms: (name, description, schema), (name, description, schema, annotations),
        // (name, title, description, schema, outputSchema, annotations[, meta]).
        var arguments = tokens.SplitArguments(open, angleAware: false);
        return arguments.Count switch
        {
            < 2 => null,
            2 => Build(toolIndex, arguments[0], null, arguments[1], null, null),
            3 => Build(toolIndex, arguments[0], null, arguments[1], arguments[2], null),
            4 => Build(toolIndex, arguments[0], null, arguments[1], arguments[2], arguments[3]),
            _ => Build(toolIndex, arguments[0], arguments[1], arguments[2], arguments[3], arguments.Count > 5 ? arguments[5] : null),
        };
    }

    private ToolDefinition? FromBuilder(int builderIndex)
    {
        TokenRange? name = null, title = null, description = null, schema = null, annotations = null;
        var i = tokens.MatchingClose(builderIndex + 1);
        while (i > 0 && tokens.IsPunctuation(i + 1, ".") && tokens[i + 2].IsIdentifier() && tokens.IsPunctuation(i + 3, "("))
        {
            var method = tokens[i + 2].Value;
            var open = i + 3;
            var arguments = tokens.SplitArguments(open, angleAware: false);
            var last = arguments.Count > 0 ? arguments[^1] : (TokenRange?)null;
            switch (method)
            {
                case "name":
                    name = last;
                    break;
                case "title":
                    title = last;
                    break;
                case "description":
                    description = last;
                    break;
                case "inputSchema":
                    schema = last;
                    break;
                case "annotations":
                    annotations = last;
                    break;
            }

            if (method == "build")
            {
                break;
            }

            i = tokens.MatchingClose(open);
        }

        return Build(builderIndex - 2, name, title, description, schema, annotations);
    }

    private ToolDefinition? FromKotlinAddTool(int addToolIndex)
    {
        var named = NamedArguments(addToolIndex + 1);
        return named.ContainsKey("name")
            ? Build(addToolIndex, Get(named, "name"), Get(named, "title"), Get(named, "description"), Get(named, "inputSchema"), Get(named, "toolAnnotations"))
            : null;
    }

    private ToolDefinition? Build(int lineIndex, TokenRange? name, TokenRange? title, TokenRange? description, TokenRange? schema, TokenRange? annotations)
    {
        var line = tokens[lineIndex].Line;
        if (name is null)
        {
            return null;
        }

        if (strings.Read(name.Value) is not { Length: > 0 } toolName)
        {
            context.Skip(file.Path, $"Tool at line {line}: the name is not a constant string");
            return null;
        }

        return new ToolDefinition
        {
            Name = toolName,
            Title = title is null ? null : strings.Read(title.Value),
            Description = (description is null ? null : strings.Read(description.Value)) ?? string.Empty,
            InputSchema = (schema is null ? null : Schema(schema.Value)) ?? ToolDefinition.EmptyInputSchema,
            Annotations = annotations is null ? Domain.Tools.ToolAnnotations.None : Annotations(annotations.Value),
            Location = new SourceLocation(file.Path, line),
            Method = ExtractionMethods.JavaSdk,
        };
    }

    private string? Schema(TokenRange range)
    {
        if (strings.Read(range) is { } text)
        {
            try
            {
                return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = CompactJson.MaxNesting, AllowTrailingCommas = true }) is JsonObject schema
                    ? CompactJson.ToText(schema)
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return KotlinInput(range);
    }

    // Tool.Input(properties = buildJsonObject { putJsonObject("p") { put("type", "string"); put("description", "..") } }, required = listOf("p"))
    private string? KotlinInput(TokenRange range)
    {
        var builder = new ObjectSchemaBuilder();
        var required = new HashSet<string>(StringComparer.Ordinal);
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens.IsIdentifier(i, "required") && tokens.IsPunctuation(i + 1, "=") && tokens.IsIdentifier(i + 2, "listOf") && tokens.IsPunctuation(i + 3, "("))
            {
                foreach (var item in tokens.SplitArguments(i + 3, angleAware: false))
                {
                    if (strings.Read(item) is { } value)
                    {
                        required.Add(value);
                    }
                }
            }
        }

        var properties = new List<(string Name, JsonObject Schema)>();
        for (var i = range.Start; i < range.End; i++)
        {
            if (!tokens.IsIdentifier(i, "putJsonObject") || !tokens.IsPunctuation(i + 1, "("))
            {
                continue;
            }

            var close = tokens.MatchingClose(i + 1);
            var nameArguments = tokens.SplitArguments(i + 1, angleAware: false);
            if (close < 0 || nameArguments.Count != 1 || strings.Read(nameArguments[0]) is not { } name || !tokens.IsPunctuation(close + 1, "{"))
            {
                continue;
            }

            var bodyEnd = tokens.MatchingClose(close + 1);
            var property = new JsonObject();
            for (var j = close + 2; j < bodyEnd; j++)
            {
                if (tokens.IsIdentifier(j, "put") && tokens.IsPunctuation(j + 1, "(")
                    && tokens.SplitArguments(j + 1, angleAware: false) is { Count: 2 } pair
                    && strings.Read(pair[0]) is "type" or "description" && strings.Read(pair[1]) is { } value)
                {
                    property[strings.Read(pair[0])!] = value;
                }
            }

            properties.Add((name, property));
            i = bodyEnd > i ? bodyEnd : i;
        }

        if (properties.Count == 0)
        {
            return null;
        }

        foreach (var (name, property) in properties)
        {
            builder.Add(name, property, required.Contains(name));
        }

        return builder.ToText();
    }

    // new ToolAnnotations(title, readOnlyHint, destructiveHint, idempotentHint, openWorldHint, returnDirect), or named in Kotlin.
    private ToolAnnotations Annotations(TokenRange range)
    {
        var open = -1;
        for (var i = range.Start; i < range.End && open < 0; i++)
        {
            open = tokens.IsIdentifier(i, "ToolAnnotations") && tokens.IsPunctuation(i + 1, "(") ? i + 1 : -1;
        }

        if (open < 0)
        {
            return Domain.Tools.ToolAnnotations.None;
        }

        var named = NamedArguments(open);
        if (named.Count > 0)
        {
            return new ToolAnnotations(Flag(Get(named, "readOnlyHint")), Flag(Get(named, "destructiveHint")), Flag(Get(named, "idempotentHint")), Flag(Get(named, "openWorldHint")));
        }

        var arguments = tokens.SplitArguments(open, angleAware: false);
        return arguments.Count < 5
            ? Domain.Tools.ToolAnnotations.None
            : new ToolAnnotations(Flag(arguments[1]), Flag(arguments[2]), Flag(arguments[3]), Flag(arguments[4]));
    }

    private bool? Flag(TokenRange? range) =>
        range is { Length: 1 } r && tokens[r.Start].Kind == TokenKind.Identifier
            ? tokens[r.Start].Value switch { "true" => true, "false" => false, _ => null }
            : null;

    /// <summary>Kotlin named arguments <c>name = value</c> of the call whose "(" is at <paramref name="open"/>.</summary>
    private Dictionary<string, TokenRange> NamedArguments(int open)
    {
        var named = new Dictionary<string, TokenRange>(StringComparer.Ordinal);
        foreach (var argument in tokens.SplitArguments(open, angleAware: false))
        {
            if (tokens[argument.Start].IsIdentifier() && tokens.IsPunctuation(argument.Start + 1, "=") && argument.Length > 2)
            {
                named.TryAdd(tokens[argument.Start].Value, new TokenRange(argument.Start + 2, argument.End));
            }
        }

        return named;
    }

    private static TokenRange? Get(Dictionary<string, TokenRange> named, string key) => named.TryGetValue(key, out var range) ? range : null;
}
