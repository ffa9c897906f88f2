using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>
/// Reads tools declared as <c>&amp;mcp.Tool{Name: .., Description: .., Annotations: &amp;mcp.ToolAnnotations{..}}</c>
/// literals (the official go-sdk, and mcp-go's struct form). When the literal is registered with
/// <c>mcp.AddTool(server, tool, handler)</c>, the input schema is inferred from the handler's arguments type,
/// found in the same package.
/// </summary>
internal sealed class GoSdkToolReader(SourceFile file, ExtractionContext context, TokenList tokens, GoPackageIndex package, string method)
{
    public IEnumerable<ToolDefinition> Read()
    {
        var registrations = FindAddToolCalls();
        for (var i = 1; i < tokens.Count; i++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            // mcp.Tool{...}, not []mcp.Tool{...} (a slice) nor "func f() mcp.Tool {" (a result type).
            if (tokens[i].IsIdentifier("Tool") && tokens.IsPunctuation(i + 1, "{") && tokens.IsPunctuation(i - 1, ".")
                && !tokens.IsPunctuation(i - 3, "]") && !tokens.IsPunctuation(i - 3, ")"))
            {
                var tool = ReadTool(i, registrations);
                if (tool is not null)
                {
                    yield return tool;
                }
            }
        }
    }

    private ToolDefinition? ReadTool(int typeIndex, Registrations registrations)
    {
        var line = tokens[typeIndex].Line;
        var fields = GoSyntax.KeyedElements(tokens, typeIndex + 1);
        if (!fields.TryGetValue("Name", out var nameRange))
        {
            return null;
        }

        if (String(nameRange) is not { Length: > 0 } name)
        {
            context.Skip(file.Path, $"mcp.Tool literal at line {line}: the name is not a constant string");
            return null;
        }

        var annotations = ToolAnnotations.None;
        var title = fields.TryGetValue("Title", out var titleRange) ? String(titleRange) : null;
        if (fields.TryGetValue("Annotations", out var annotationsRange) && GoSyntax.FirstBrace(tokens, annotationsRange) is var brace and >= 0)
        {
            var hints = GoSyntax.KeyedElements(tokens, brace);
            annotations = new ToolAnnotations(Hint(hints, "ReadOnlyHint"), Hint(hints, "DestructiveHint"), Hint(hints, "IdempotentHint"), Hint(hints, "OpenWorldHint"));
            title ??= hints.TryGetValue("Title", out var hintTitle) ? String(hintTitle) : null;
        }

        return new ToolDefinition
        {
            Name = name,
            Title = title,
            Description = fields.TryGetValue("Description", out var descriptionRange) ? String(descriptionRange) ?? string.Empty : string.Empty,
            InputSchema = InputSchema(typeIndex, registrations) ?? ToolDefinition.EmptyInputSchema,
            Annotations = annotations,
            Location = new SourceLocation(file.Path, line),
            Method = method,
        };
    }

    private bool? Hint(Dictionary<string, TokenRange> hints, string key) => hints.TryGetValue(key, out var range) ? GoSyntax.Bool(tokens, range) : null;

    private string? String(TokenRange range) => tokens.TryReadString(range, package.Constants, out var value) ? value : null;

    /// <summary>
    /// The handler of every typed <c>AddTool(server, tool, handler)</c> call of the file, by what its tool argument is:
    /// the index of the <c>Tool</c> of a literal written in place, or the name of a variable. The first call wins.
    /// </summary>
    private Registrations FindAddToolCalls()
    {
        var registrations = new Registrations();
        foreach (var call in tokens.FindCalls("AddTool"))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var open = GoSyntax.CallOpen(tokens, call);
            if (open < 0 || !tokens.TrySplitArguments(open, out var arguments, angleAware: false) || arguments.Count != 3)
            {
                continue;
            }

            var tool = arguments[1];
            if (tool.Length == 1 && tokens[tool.Start].IsIdentifier())
            {
                registrations.ByVariable.TryAdd(tokens[tool.Start].Value, arguments[2]);
                continue;
            }

            // &mcp.Tool{ or mcp.Tool{: the Tool token is among the first four.
            for (var i = tool.Start; i < Math.Min(tool.End, tool.Start + 4); i++)
            {
                if (tokens.IsIdentifier(i, "Tool") && tokens.IsPunctuation(i + 1, "{"))
                {
                    registrations.ByLiteral.TryAdd(i, arguments[2]);
                    break;
                }
            }
        }

        return registrations;
    }

    private string? InputSchema(int typeIndex, Registrations registrations)
    {
        if (registrations.ByLiteral.TryGetValue(typeIndex, out var handler))
        {
            return HandlerSchema(handler);
        }

        return AssignedVariable(typeIndex) is { } variable && registrations.ByVariable.TryGetValue(variable, out handler) ? HandlerSchema(handler) : null;
    }

    // tool := &mcp.Tool{...} or var tool = mcp.Tool{...}: the name the literal is stored in.
    private string? AssignedVariable(int typeIndex)
    {
        var i = typeIndex - 3;
        if (tokens.IsPunctuation(i, "&"))
        {
            i--;
        }

        return (tokens.IsPunctuation(i, ":=") || tokens.IsPunctuation(i, "=")) && tokens[i - 1].IsIdentifier() ? tokens[i - 1].Value : null;
    }

    private string? HandlerSchema(TokenRange handler)
    {
        TokenList handlerTokens;
        int open;
        if (tokens.IsIdentifier(handler.Start, "func") && tokens.IsPunctuation(handler.Start + 1, "("))
        {
            (handlerTokens, open) = (tokens, handler.Start + 1);
        }
        else
        {
            // A function or method value: Name, or receiver.Name.
            var nameIndex = handler.End - 1;
            if (!tokens[nameIndex].IsIdentifier() || package.FindFunction(tokens[nameIndex].Value) is not { } function)
            {
                return null;
            }

            (handlerTokens, open) = (function.Tokens, function.Index);
        }

        var parameters = handlerTokens.SplitArguments(open, angleAware: false);
        var typeStart = ArgumentsType(handlerTokens, parameters);
        if (typeStart < 0)
        {
            return null;
        }

        var schemas = new GoTypeSchema(package, context.Cancellation);
        if (handlerTokens.IsIdentifier(typeStart, "struct") && handlerTokens.IsPunctuation(typeStart + 1, "{"))
        {
            return schemas.Struct(handlerTokens, typeStart + 1, 0).ToText();
        }

        var typeNameIndex = handlerTokens.IsPunctuation(typeStart + 1, ".") ? typeStart + 2 : typeStart;
        return handlerTokens[typeNameIndex].IsIdentifier() ? schemas.ForStruct(handlerTokens[typeNameIndex].Value)?.ToText() : null;
    }

    /// <summary>
    /// The first token of the arguments type: T of an early <c>*mcp.CallToolParamsFor[T]</c> parameter, else the
    /// type of the third parameter (<c>func(ctx, req *mcp.CallToolRequest, args T)</c>); -1 when there is none.
    /// </summary>
    private static int ArgumentsType(TokenList tokens, IReadOnlyList<TokenRange> parameters)
    {
        foreach (var parameter in parameters)
        {
            for (var i = parameter.Start; i < parameter.End; i++)
            {
                if (tokens[i].IsIdentifier("CallToolParamsFor") && tokens.IsPunctuation(i + 1, "["))
                {
                    return i + 2;
                }
            }
        }

        if (parameters.Count < 3)
        {
            return -1;
        }

        var third = parameters[2];
        var start = third.Length > 1 && tokens[third.Start].IsIdentifier() && !tokens.IsPunctuation(third.Start + 1, ".") ? third.Start + 1 : third.Start;
        while (tokens.IsPunctuation(start, "*"))
        {
            start++;
        }

        return start;
    }

    private sealed class Registrations
    {
        public Dictionary<int, TokenRange> ByLiteral { get; } = [];

        public Dictionary<string, TokenRange> ByVariable { get; } = new(StringComparer.Ordinal);
    }
}
