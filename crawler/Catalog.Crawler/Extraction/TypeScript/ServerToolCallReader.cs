using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// Reads <c>receiver.tool(name, [description], [zod shape], [annotations], handler)</c> calls, following the SDK's
/// overloads: after the name, a string is the description, an object that is a zod raw shape (empty, or with zod
/// members) is the parameters, and another object is the annotations. Only calls whose last argument looks like a
/// handler count, so unrelated <c>.tool(...)</c> methods are left alone.
/// </summary>
internal sealed class ServerToolCallReader(TypeScriptReadContext read)
{
    private readonly LoopBindings loops = new(read);

    public IEnumerable<ToolDefinition> Read()
    {
        var module = read.Root;
        var tokens = module.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i].IsIdentifier("tool") || !tokens.IsPunctuation(i + 1, "(") || !(tokens.IsPunctuation(i - 1, ".") || tokens.IsPunctuation(i - 1, "?.")))
            {
                continue;
            }

            read.Workspace.Cancellation.ThrowIfCancellationRequested();
            if (!tokens.TrySplitArguments(i + 1, out var arguments) || arguments.Count < 2 || !IsHandlerLike(module, arguments[^1]))
            {
                continue;
            }

            var line = TypeScriptReadContext.ReceiverLine(tokens, i);
            foreach (var tool in ReadCall(module, arguments, line))
            {
                yield return tool;
            }
        }
    }

    private IEnumerable<ToolDefinition> ReadCall(TypeScriptModule module, IReadOnlyList<TokenRange> arguments, int line)
    {
        var name = read.ReadString(module, arguments[0]);
        if (name is not null)
        {
            yield return Build(module, name, arguments.Skip(1).Take(arguments.Count - 2), new SourceLocation(module.File.Path, line));
            yield break;
        }

        // A call inside a loop over literal tool objects: server.tool(t.name, t.description, ...).
        foreach (var binding in loops.For(arguments[0].Start))
        {
            if (Bound(module, arguments[0], binding) is not { } boundName || read.ReadString(binding.Module, boundName) is not { } loopName)
            {
                continue;
            }

            var middle = arguments.Skip(1).Take(arguments.Count - 2).Select(a => Bound(module, a, binding)).Where(a => a is not null).Select(a => a!.Value);
            var location = new SourceLocation(binding.Module.File.Path, binding.Module.Tokens[binding.Open].Line);
            yield return Build(binding.Module, loopName, middle.ToList(), location);
        }
    }

    /// <summary>The value of a member access on the loop variable (t.description) in the bound object, or null.</summary>
    private static TokenRange? Bound(TypeScriptModule module, TokenRange argument, LoopBindings.Binding binding)
    {
        var tokens = module.Tokens;
        if (argument.Length != 3 || !tokens.IsIdentifier(argument.Start, binding.Variable) || !tokens.IsPunctuation(argument.Start + 1, "."))
        {
            return null;
        }

        return TypeScriptReadContext.Members(binding.Module.Tokens, binding.Open).TryGetValue(tokens[argument.Start + 2].Value, out var value) ? value : null;
    }

    private ToolDefinition Build(TypeScriptModule module, string name, IEnumerable<TokenRange> middle, SourceLocation location)
    {
        string? description = null;
        JsonObject? schema = null;
        JsonObject? annotations = null;
        foreach (var argument in middle)
        {
            if (description is null && schema is null && annotations is null && read.ReadDescription(module, argument) is { } text)
            {
                description = text;
                continue;
            }

            if (read.ObjectLiteral(module, argument) is { } literal)
            {
                if (schema is null && annotations is null && ZodSchemaConverter.IsRawShape(literal.Module, literal.Open))
                {
                    schema = read.Zod.ConvertShape(literal.Module, literal.Open, 0);
                }
                else if (annotations is null)
                {
                    annotations = read.Literals.Convert(literal.Module, new TokenRange(literal.Open, literal.Module.Tokens.MatchingClose(literal.Open) + 1)) as JsonObject;
                }

                continue;
            }

            if (schema is null && read.Zod.ConvertShapeOrObject(module, argument) is { } zodObject)
            {
                schema = zodObject;
            }
        }

        return new ToolDefinition
        {
            Name = name,
            Title = AnnotationsLiteral.Title(annotations),
            Description = description ?? string.Empty,
            InputSchema = schema is null ? ToolDefinition.EmptyInputSchema : CompactJson.ToText(schema),
            Annotations = AnnotationsLiteral.Read(annotations),
            Location = location,
            Method = ExtractionMethods.TsServerTool,
        };
    }

    /// <summary>A function expression, an arrow function, or a name or call that may hold one (wrap(async () => ...)).</summary>
    private bool IsHandlerLike(TypeScriptModule module, TokenRange range)
    {
        var tokens = module.Tokens;
        // Only top-level tokens are looked at (brackets are jumped), so nested calls cost nothing extra.
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens[i].IsPunctuation("=>") || tokens[i].IsIdentifier("function"))
            {
                return true;
            }

            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Value is "(" or "[" or "{" && tokens.MatchingClose(i) is var close and > 0 && close < range.End)
            {
                i = close;
            }
        }

        // A name or member chain, maybe called (handlers.search, this.handle.bind(this), wrap(fn)): a handler unless
        // it names a string or a literal object.
        var end = range.End;
        if (tokens.IsPunctuation(end - 1, ")") && tokens.MatchingOpen(end - 1) > range.Start)
        {
            end = tokens.MatchingOpen(end - 1);
        }

        for (var i = range.Start; i < end; i++)
        {
            var isNamePosition = (i - range.Start) % 2 == 0;
            if (isNamePosition ? tokens[i].Kind != TokenKind.Identifier : !tokens.IsPunctuation(i, "."))
            {
                return false;
            }
        }

        var first = tokens[range.Start].Value;
        return (end - range.Start) % 2 == 1 && first is not ("undefined" or "null" or "true" or "false")
            && read.ReadString(module, range) is null && read.ObjectLiteral(module, range) is null;
    }
}
