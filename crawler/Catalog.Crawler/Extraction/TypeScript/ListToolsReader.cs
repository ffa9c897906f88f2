using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// Reads the low-level API: <c>setRequestHandler(ListToolsRequestSchema, handler)</c> whose handler answers
/// <c>{ tools: [...] }</c>. The tools are object literals <c>{ name, description, inputSchema, annotations }</c>,
/// written inline, as const objects of this file or imported ones, spread from other arrays, or
/// <c>Object.values</c> of a const object. Each tool is located at its object's "{".
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

            foreach (var source in ToolArrays(module, arguments[1], read.Workspace.Cancellation))
            {
                foreach (var (objectModule, open) in read.ObjectsOfArray(module, source))
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

    /// <summary>The expressions given as "tools" in the handler's answers: <c>tools: X</c> or the shorthand <c>{ tools }</c>.</summary>
    private static IEnumerable<TokenRange> ToolArrays(TypeScriptModule module, TokenRange handler, CancellationToken cancellation)
    {
        var tokens = module.Tokens;
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
                yield return module.ExpressionAt(i + 2);
            }
            else if (tokens.IsPunctuation(i + 1, "}") || tokens.IsPunctuation(i + 1, ","))
            {
                yield return new TokenRange(i, i + 1);
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
            Description = (members.TryGetValue("description", out var descriptionRange) ? read.ReadString(module, descriptionRange) : null) ?? string.Empty,
            InputSchema = (members.TryGetValue("inputSchema", out var schemaRange) ? read.ReadInputSchema(module, schemaRange) : null)
                ?? ToolDefinition.EmptyInputSchema,
            Annotations = AnnotationsLiteral.Read(annotations),
            Location = new SourceLocation(module.File.Path, module.Tokens[open].Line),
            Method = ExtractionMethods.TsListTools,
        };
    }
}
