using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>
/// Reads mark3labs/mcp-go tools: <c>mcp.NewTool("name", mcp.WithDescription(..), mcp.WithString("p", mcp.Required(), ..), ..)</c>
/// with the option functions that set the description, annotations and parameters, and
/// <c>mcp.NewToolWithRawSchema("name", "description", schema)</c>. A package function that wraps <c>mcp.NewTool</c>
/// (<c>func newTool(name, description string, opts ...mcp.ToolOption) mcp.Tool</c>) is followed: each call to it with
/// a constant name is a tool, described by the text the call passes, with the options of the call and of the wrapper.
/// </summary>
internal sealed class McpGoToolReader(SourceFile file, ExtractionContext context, TokenList tokens, GoPackageIndex package)
{
    private static readonly Dictionary<string, string?> ParameterKinds = new(StringComparer.Ordinal)
    {
        ["WithString"] = "string",
        ["WithNumber"] = "number",
        ["WithInteger"] = "integer",
        ["WithBoolean"] = "boolean",
        ["WithArray"] = "array",
        ["WithObject"] = "object",
        ["WithAny"] = null,
    };

    private static readonly Dictionary<string, string> ItemKinds = new(StringComparer.Ordinal)
    {
        ["WithStringItems"] = "string",
        ["WithStringEnumItems"] = "string",
        ["WithNumberItems"] = "number",
        ["WithBooleanItems"] = "boolean",
        ["WithObjectItems"] = "object",
    };

    private readonly Dictionary<string, ToolWrapper?> wrappers = new(StringComparer.Ordinal);

    public IEnumerable<ToolDefinition> Read()
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (tokens[i].Kind != TokenKind.Identifier || !tokens.IsPunctuation(i + 1, "("))
            {
                continue;
            }

            var tool = tokens[i].Value is "NewTool" or "NewToolWithRawSchema" && tokens.IsPunctuation(i - 1, ".")
                ? ReadTool(i)
                : IsWrapperCandidate(i) && Wrapper(tokens[i].Value) is { } wrapper ? ReadWrapped(i, wrapper) : null;
            if (tool is not null)
            {
                yield return tool;
            }
        }
    }

    /// <summary>
    /// A package function that builds a tool from its parameters: which parameter is the name, which the description
    /// (when one flows into <c>WithDescription</c>), and the option calls written in its body.
    /// </summary>
    private sealed record ToolWrapper(int NameParameter, int DescriptionParameter, IReadOnlyList<TokenRange> Options, TokenList Tokens);

    // f("constant", ...) or f(NameConstant, ...), not written as a method or package call, and not the function's own declaration.
    private bool IsWrapperCandidate(int nameIndex) =>
        !tokens.IsPunctuation(nameIndex - 1, ".") && !tokens.IsIdentifier(nameIndex - 1, "func")
        && (tokens[nameIndex + 2].IsPlainString || (tokens[nameIndex + 2].IsIdentifier() && package.Constants.ContainsKey(tokens[nameIndex + 2].Value)));

    private ToolWrapper? Wrapper(string function)
    {
        if (wrappers.TryGetValue(function, out var known))
        {
            return known;
        }

        var wrapper = package.FindFunction(function) is { } declaration ? ReadWrapper(declaration.Tokens, declaration.Index) : null;
        wrappers[function] = wrapper;
        return wrapper;
    }

    private static ToolWrapper? ReadWrapper(TokenList body, int parametersOpen)
    {
        var parametersClose = body.MatchingClose(parametersOpen);
        if (parametersClose < 0)
        {
            return null;
        }

        var parameters = body.SplitArguments(parametersOpen, angleAware: false).Select(p => body[p.Start].Value).ToList();
        var open = parametersClose + 1;
        while (open < body.Count && !body.IsPunctuation(open, "{"))
        {
            open = body[open].Kind == TokenKind.Punctuation && body[open].Value is "(" or "[" && body.MatchingClose(open) > open ? body.MatchingClose(open) + 1 : open + 1;
        }

        var close = body.MatchingClose(open);
        if (close < 0)
        {
            return null;
        }

        var nameParameter = -1;
        var descriptionParameter = -1;
        var options = new List<TokenRange>();
        for (var i = open + 1; i < close; i++)
        {
            if (!body[i].IsIdentifier() || !body.IsPunctuation(i - 1, ".") || !body.IsPunctuation(i + 1, "(") || body.MatchingClose(i + 1) is not (var callClose and > 0))
            {
                continue;
            }

            var arguments = body.SplitArguments(i + 1, angleAware: false);
            if (body[i].Value == "NewTool" && arguments.Count > 0 && arguments[0].Length == 1)
            {
                nameParameter = parameters.IndexOf(body[arguments[0].Start].Value);
            }
            else if (body[i].Value == "WithDescription")
            {
                descriptionParameter = ParameterIn(body, new TokenRange(i + 2, callClose), parameters);
                i = callClose;
            }
            else if (body[i].Value.StartsWith("With", StringComparison.Ordinal))
            {
                options.Add(new TokenRange(i - 2, callClose + 1));
                i = callClose;
            }
        }

        return nameParameter < 0 ? null : new ToolWrapper(nameParameter, descriptionParameter, options, body);
    }

    private static int ParameterIn(TokenList body, TokenRange range, List<string> parameters)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (body[i].IsIdentifier() && !body.IsPunctuation(i - 1, ".") && parameters.IndexOf(body[i].Value) is var index and >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>A call to a wrapper: the name and description are the call's arguments; option calls come from both sides.</summary>
    private ToolDefinition? ReadWrapped(int nameIndex, ToolWrapper wrapper)
    {
        if (!tokens.TrySplitArguments(nameIndex + 1, out var arguments, angleAware: false) || arguments.Count <= wrapper.NameParameter
            || String(arguments[wrapper.NameParameter]) is not { Length: > 0 } name)
        {
            return null;
        }

        var tool = new ToolBeingRead
        {
            // The text written at the call: a wrapper that decorates it (fmt.Sprintf around it) does so at run time.
            Description = wrapper.DescriptionParameter >= 0 && arguments.Count > wrapper.DescriptionParameter ? String(arguments[wrapper.DescriptionParameter]) : null,
        };
        foreach (var option in wrapper.Options)
        {
            new McpGoToolReader(file, context, wrapper.Tokens, package).ReadOption(option, tool);
        }

        for (var a = 0; a < arguments.Count; a++)
        {
            if (a != wrapper.NameParameter && a != wrapper.DescriptionParameter)
            {
                ReadOption(arguments[a], tool);
            }
        }

        return new ToolDefinition
        {
            Name = name,
            Title = tool.Title,
            Description = tool.Description ?? string.Empty,
            InputSchema = tool.RawSchema ?? tool.Schema.ToText(),
            Annotations = new ToolAnnotations(tool.ReadOnly, tool.Destructive, tool.Idempotent, tool.OpenWorld),
            Location = new SourceLocation(file.Path, tokens[nameIndex].Line),
            Method = ExtractionMethods.GoMcpGo,
        };
    }

    private ToolDefinition? ReadTool(int nameIndex)
    {
        var line = tokens[nameIndex].Line;
        if (!tokens.TrySplitArguments(nameIndex + 1, out var arguments, angleAware: false) || arguments.Count == 0)
        {
            context.Skip(file.Path, $"mcp.NewTool at line {line}: the call is not closed");
            return null;
        }

        if (!tokens.TryReadString(arguments[0], package.Constants, out var name) || name.Length == 0)
        {
            context.Skip(file.Path, $"mcp.NewTool at line {line}: the name is not a constant string");
            return null;
        }

        var tool = new ToolBeingRead();
        if (tokens[nameIndex].Value == "NewToolWithRawSchema")
        {
            tool.Description = arguments.Count > 1 && tokens.TryReadString(arguments[1], package.Constants, out var text) ? text : null;
            tool.RawSchema = arguments.Count > 2 ? RawSchema(arguments[2]) : null;
        }
        else
        {
            foreach (var option in arguments.Skip(1))
            {
                ReadOption(option, tool);
            }
        }

        return new ToolDefinition
        {
            Name = name,
            Title = tool.Title,
            Description = tool.Description ?? string.Empty,
            InputSchema = tool.RawSchema ?? tool.Schema.ToText(),
            Annotations = new ToolAnnotations(tool.ReadOnly, tool.Destructive, tool.Idempotent, tool.OpenWorld),
            Location = new SourceLocation(file.Path, line),
            Method = ExtractionMethods.GoMcpGo,
        };
    }

    private void ReadOption(TokenRange option, ToolBeingRead tool)
    {
        var callee = GoSyntax.CalleeName(tokens, option);
        var open = callee < 0 ? -1 : GoSyntax.CallOpen(tokens, callee);
        if (open < 0)
        {
            return;
        }

        var arguments = tokens.SplitArguments(open, angleAware: false);
        var first = arguments.Count > 0 ? arguments[0] : default;
        switch (tokens[callee].Value)
        {
            case "WithDescription":
                tool.Description = String(first) ?? tool.Description;
                break;
            case "WithTitleAnnotation":
                tool.Title = String(first) ?? tool.Title;
                break;
            case "WithReadOnlyHintAnnotation":
                tool.ReadOnly = GoSyntax.Bool(tokens, first);
                break;
            case "WithDestructiveHintAnnotation":
                tool.Destructive = GoSyntax.Bool(tokens, first);
                break;
            case "WithIdempotentHintAnnotation":
                tool.Idempotent = GoSyntax.Bool(tokens, first);
                break;
            case "WithOpenWorldHintAnnotation":
                tool.OpenWorld = GoSyntax.Bool(tokens, first);
                break;
            case "WithToolAnnotation":
                ReadAnnotationStruct(first, tool);
                break;
            case "WithInputSchema":
                ReadTypedSchema(callee, tool);
                break;
            case "WithRawInputSchema":
                tool.RawSchema = RawSchema(first) ?? tool.RawSchema;
                break;
            case var kind when ParameterKinds.TryGetValue(kind, out var type):
                ReadParameter(type, arguments, tool);
                break;
        }
    }

    private void ReadAnnotationStruct(TokenRange argument, ToolBeingRead tool)
    {
        var brace = GoSyntax.FirstBrace(tokens, argument);
        if (brace < 0)
        {
            return;
        }

        var fields = GoSyntax.KeyedElements(tokens, brace);
        tool.Title = fields.TryGetValue("Title", out var title) ? String(title) ?? tool.Title : tool.Title;
        tool.ReadOnly = fields.TryGetValue("ReadOnlyHint", out var readOnly) ? GoSyntax.Bool(tokens, readOnly) : tool.ReadOnly;
        tool.Destructive = fields.TryGetValue("DestructiveHint", out var destructive) ? GoSyntax.Bool(tokens, destructive) : tool.Destructive;
        tool.Idempotent = fields.TryGetValue("IdempotentHint", out var idempotent) ? GoSyntax.Bool(tokens, idempotent) : tool.Idempotent;
        tool.OpenWorld = fields.TryGetValue("OpenWorldHint", out var openWorld) ? GoSyntax.Bool(tokens, openWorld) : tool.OpenWorld;
    }

    // mcp.WithInputSchema[Args]() infers the schema from a struct type, as the go-sdk does.
    private void ReadTypedSchema(int callee, ToolBeingRead tool)
    {
        if (!tokens.IsPunctuation(callee + 1, "["))
        {
            return;
        }

        var typeIndex = callee + 2;
        if (tokens.IsPunctuation(typeIndex + 1, "."))
        {
            typeIndex += 2;
        }

        var schema = new GoTypeSchema(package, context.Cancellation).ForStruct(tokens[typeIndex].Value);
        tool.RawSchema = schema?.ToText() ?? tool.RawSchema;
    }

    private void ReadParameter(string? type, IReadOnlyList<TokenRange> arguments, ToolBeingRead tool)
    {
        if (arguments.Count == 0 || String(arguments[0]) is not { Length: > 0 } name)
        {
            return;
        }

        var property = type is null ? new JsonObject() : new JsonObject { ["type"] = type };
        var required = false;
        string? description = null;
        JsonArray? values = null;
        foreach (var option in arguments.Skip(1))
        {
            var callee = GoSyntax.CalleeName(tokens, option);
            var open = callee < 0 ? -1 : GoSyntax.CallOpen(tokens, callee);
            if (open < 0)
            {
                continue;
            }

            var optionArguments = tokens.SplitArguments(open, angleAware: false);
            switch (tokens[callee].Value)
            {
                case "Required":
                    required = true;
                    break;
                case "Description" when optionArguments.Count > 0:
                    description = String(optionArguments[0]) ?? description;
                    break;
                case "Enum":
                    values = new JsonArray([.. optionArguments.Select(String).OfType<string>().Select(v => JsonValue.Create(v))]);
                    break;
                case "Items" when optionArguments.Count > 0:
                    property["items"] = ItemsType(optionArguments[0]) is { } itemType ? new JsonObject { ["type"] = itemType } : new JsonObject();
                    break;
                case var kind when ItemKinds.TryGetValue(kind, out var itemKind):
                    property["items"] = new JsonObject { ["type"] = itemKind };
                    break;
            }
        }

        if (values is not null)
        {
            property["enum"] = values;
        }

        if (!string.IsNullOrEmpty(description))
        {
            property["description"] = description;
        }

        tool.Schema.Add(name, property, required);
    }

    // mcp.Items(map[string]any{"type": "string", ...}): only the item type is taken.
    private string? ItemsType(TokenRange argument)
    {
        for (var i = argument.Start; i + 2 < argument.End; i++)
        {
            if (tokens[i].IsPlainString && tokens[i].Value == "type" && tokens.IsPunctuation(i + 1, ":") && tokens[i + 2].IsPlainString)
            {
                return tokens[i + 2].Value;
            }
        }

        return null;
    }

    // A raw schema given as JSON text (a string literal, possibly in json.RawMessage(...)); anything else is not read.
    private string? RawSchema(TokenRange argument)
    {
        for (var i = argument.Start; i < argument.End; i++)
        {
            if (!tokens[i].IsPlainString)
            {
                continue;
            }

            if (!tokens.TryReadStringExpression(i, package.Constants, out var text, out _))
            {
                return null;
            }

            try
            {
                var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = CompactJson.MaxNesting });
                return node is JsonObject ? CompactJson.ToText(node) : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }

    private string? String(TokenRange range) => !range.IsEmpty && tokens.TryReadString(range, package.Constants, out var value) ? value : null;

    private sealed class ToolBeingRead
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        public bool? ReadOnly { get; set; }

        public bool? Destructive { get; set; }

        public bool? Idempotent { get; set; }

        public bool? OpenWorld { get; set; }

        public ObjectSchemaBuilder Schema { get; } = new();

        /// <summary>A schema given whole (raw JSON or a typed struct), which wins over the option-built one.</summary>
        public string? RawSchema { get; set; }
    }
}
