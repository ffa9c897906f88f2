using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// Reads the low-level API: <c>setRequestHandler(ListToolsRequestSchema, handler)</c> whose handler answers
/// <c>{ tools: [...] }</c>. The tools are object literals <c>{ name, description, inputSchema, annotations }</c>,
/// written inline, as const objects of this file or imported ones, spread from other arrays, or
/// <c>Object.values</c> of a const object or of a namespace import. A handler that delegates (a named function, or a
/// call to a function of this file or an imported one) is followed into that function. Each tool is located at its
/// object's "{".
/// </summary>
internal sealed class ListToolsReader(TypeScriptReadContext read)
{
    public IEnumerable<ToolDefinition> Read()
    {
        var module = read.Root;
        var tokens = module.Tokens;
        var seen = new HashSet<(string, int)>();
        foreach (var i in tokens.FindCalls("setRequestHandler"))
        {
            read.Workspace.Cancellation.ThrowIfCancellationRequested();
            if (!tokens.TrySplitArguments(i + 1, out var arguments) || arguments.Count < 2 || !IsListToolsSchema(tokens, arguments[0]))
            {
                continue;
            }

            foreach (var (sourceModule, source) in ToolArrays(module, arguments[1], 0))
            {
                foreach (var (objectModule, open) in read.ObjectsOfArray(sourceModule, source))
                {
                    if (seen.Add((objectModule.File.Path, open)) && ReadTool(objectModule, open) is { } tool)
                    {
                        yield return tool;
                    }
                }
            }
        }
    }

    private static bool IsListToolsSchema(TokenList tokens, TokenRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens[i].IsIdentifier("ListToolsRequestSchema") || (tokens[i].IsPlainString && tokens[i].Value == "tools/list"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The expressions given as "tools" in the handler's answers: <c>tools: X</c> or the shorthand <c>{ tools }</c>.
    /// A handler that names a function, or answers none itself, is followed into the functions it calls.
    /// </summary>
    private IEnumerable<(TypeScriptModule Module, TokenRange Range)> ToolArrays(TypeScriptModule module, TokenRange handler, int depth)
    {
        const int MaxDelegation = 2;
        var tokens = module.Tokens;
        var cancellation = read.Workspace.Cancellation;
        handler = JsLiteralConverter.TrimExpression(tokens, handler);
        if (handler.Length == 1 && tokens[handler.Start].Kind == TokenKind.Identifier)
        {
            if (depth < MaxDelegation && read.Workspace.ResolveFunction(module, tokens[handler.Start].Value) is { } named)
            {
                foreach (var found in ToolArrays(named.Module, named.Range, depth + 1))
                {
                    yield return found;
                }
            }

            yield break;
        }

        var any = false;
        for (var i = handler.Start; i < handler.End; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            if (!tokens[i].IsIdentifier("tools") || !(tokens.IsPunctuation(i - 1, "{") || tokens.IsPunctuation(i - 1, ",")))
            {
                continue;
            }

            if (tokens.IsPunctuation(i + 1, ":"))
            {
                any = true;
                yield return (module, module.ExpressionAt(i + 2));
            }
            else if (tokens.IsPunctuation(i + 1, "}") || tokens.IsPunctuation(i + 1, ","))
            {
                any = true;
                yield return (module, new TokenRange(i, i + 1));
            }
        }

        if (any || depth >= MaxDelegation)
        {
            yield break;
        }

        foreach (var callee in CalledFunctions(tokens, handler))
        {
            if (read.Workspace.ResolveFunction(module, callee) is { } called && !(called.Module == module && called.Range.Start <= handler.Start && called.Range.End >= handler.End))
            {
                foreach (var found in ToolArrays(called.Module, called.Range, depth + 1))
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>The names of plain calls (<c>f(...)</c>, not <c>x.f(...)</c>) inside a range, each once, in order.</summary>
    private static IEnumerable<string> CalledFunctions(TokenList tokens, TokenRange range)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = range.Start; i < range.End - 1; i++)
        {
            if (tokens[i].Kind == TokenKind.Identifier && tokens.IsPunctuation(i + 1, "(")
                && !tokens.IsPunctuation(i - 1, ".") && !tokens.IsPunctuation(i - 1, "?.") && seen.Add(tokens[i].Value))
            {
                yield return tokens[i].Value;
            }
        }
    }

    private ToolDefinition? ReadTool(TypeScriptModule module, int open)
    {
        var members = TypeScriptReadContext.Members(module.Tokens, open);
        if (!members.TryGetValue("name", out var nameRange) || read.ReadString(module, nameRange) is not { } name)
        {
            return null;
        }

        var annotations = members.TryGetValue("annotations", out var annotationsRange)
            ? read.Literals.Convert(module, annotationsRange) as JsonObject
            : null;
        return new ToolDefinition
        {
            Name = name,
            Title = (members.TryGetValue("title", out var titleRange) ? read.ReadString(module, titleRange) : null) ?? AnnotationsLiteral.Title(annotations),
            Description = (members.TryGetValue("description", out var descriptionRange) ? read.ReadDescription(module, descriptionRange) : null) ?? string.Empty,
            InputSchema = (members.TryGetValue("inputSchema", out var schemaRange) ? read.ReadInputSchema(module, schemaRange) : null)
                ?? ToolDefinition.EmptyInputSchema,
            Annotations = AnnotationsLiteral.Read(annotations),
            Location = new SourceLocation(module.File.Path, module.Tokens[open].Line),
            Method = ExtractionMethods.TsListTools,
        };
    }
}
