using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>
/// Reads mark3labs/mcp-go tools: <c>mcp.NewTool("name", mcp.WithDescription(..), mcp.WithString("p", mcp.Required(), ..), ..)</c>
/// with the option functions that set the description, annotations and parameters, and
/// <c>mcp.NewToolWithRawSchema("name", "description", schema)</c>.
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

    public IEnumerable<ToolDefinition> Read()
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (tokens[i].Kind == TokenKind.Identifier && tokens[i].Value is "NewTool" or "NewToolWithRawSchema"
                && tokens.IsPunctuation(i + 1, "(") && tokens.IsPunctuation(i - 1, "."))
            {
                var tool = ReadTool(i);
                if (tool is not null)
                {
                    yield return tool;
                }
            }
        }
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
