using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>What the TypeScript readers share for one file: its modules, the converters and the small expression helpers.</summary>
internal sealed class TypeScriptReadContext
{
    private static readonly HashSet<string> JsonSchemaConverters = ["zodToJsonSchema", "toJsonSchema", "toJSONSchema", "zodToJSONSchema"];

    public TypeScriptReadContext(SourceFile file, ExtractionContext context)
    {
        Workspace = new TypeScriptWorkspace(file, context);
        Literals = new JsLiteralConverter(Workspace);
        Zod = new ZodSchemaConverter(Literals);
    }

    public TypeScriptWorkspace Workspace { get; }

    public TypeScriptModule Root => Workspace.Root;

    public JsLiteralConverter Literals { get; }

    public ZodSchemaConverter Zod { get; }

    /// <summary>A fixed string: literals, templates without substitutions, concatenations and constants (also imported ones).</summary>
    public string? ReadString(TypeScriptModule module, TokenRange range)
    {
        range = JsLiteralConverter.TrimExpression(module.Tokens, range);
        if (module.Tokens.TryReadString(range, module.Constants, out var text))
        {
            return text;
        }

        return range.Length is 1 or 3 && module.Tokens[range.Start].Kind == TokenKind.Identifier
            && Literals.Convert(module, range) is JsonValue value && value.TryGetValue<string>(out var resolved)
            ? resolved
            : null;
    }

    /// <summary>The object literal an expression is or names (through const declarations and imports), as its module and "{" index.</summary>
    public (TypeScriptModule Module, int Open)? ObjectLiteral(TypeScriptModule module, TokenRange range, int depth = 0)
    {
        range = JsLiteralConverter.TrimExpression(module.Tokens, range);
        var tokens = module.Tokens;
        if (range.IsEmpty || depth > 8)
        {
            return null;
        }

        if (tokens.IsPunctuation(range.Start, "{") && tokens.MatchingClose(range.Start) == range.End - 1)
        {
            return (module, range.Start);
        }

        return Literals.Reference(module, range) is { } declared ? ObjectLiteral(declared.Module, declared.Range, depth + 1) : null;
    }

    /// <summary>
    /// The object literals an array expression holds: a literal array (with spreads of known arrays), a name of one,
    /// or <c>Object.values(X)</c> of a known object. Elements that are names of object literals are followed;
    /// anything else is skipped.
    /// </summary>
    public IEnumerable<(TypeScriptModule Module, int Open)> ObjectsOfArray(TypeScriptModule module, TokenRange range, int depth = 0)
    {
        range = JsLiteralConverter.TrimExpression(module.Tokens, range);
        var tokens = module.Tokens;
        if (range.IsEmpty || depth > 8 || !Literals.Spend())
        {
            yield break;
        }

        if (tokens.IsPunctuation(range.Start, "[") && tokens.MatchingClose(range.Start) == range.End - 1)
        {
            foreach (var element in tokens.SplitArguments(range.Start))
            {
                var items = tokens.IsPunctuation(element.Start, "...")
                    ? ObjectsOfArray(module, element with { Start = element.Start + 1 }, depth + 1)
                    : ObjectLiteral(module, element) is { } item ? [item] : [];
                foreach (var found in items)
                {
                    yield return found;
                }
            }

            yield break;
        }

        if (Literals.Reference(module, range) is { } declared)
        {
            foreach (var found in ObjectsOfArray(declared.Module, declared.Range, depth + 1))
            {
                yield return found;
            }

            yield break;
        }

        if (tokens.IsIdentifier(range.Start, "Object") && tokens.IsPunctuation(range.Start + 1, ".") && tokens.IsIdentifier(range.Start + 2, "values")
            && tokens.IsPunctuation(range.Start + 3, "(") && tokens.MatchingClose(range.Start + 3) == range.End - 1
            && tokens.SplitArguments(range.Start + 3) is [var argument] && ObjectLiteral(module, argument) is { } container)
        {
            foreach (var member in Members(container.Module.Tokens, container.Open).Values)
            {
                if (ObjectLiteral(container.Module, member) is { } item)
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The members of an object literal (or enum body) by key, each as the range of its value (shorthand members are their own value).</summary>
    public static Dictionary<string, TokenRange> Members(TokenList tokens, int open)
    {
        var members = new Dictionary<string, TokenRange>(StringComparer.Ordinal);
        foreach (var member in tokens.SplitArguments(open))
        {
            if (JsLiteralConverter.ObjectKey(tokens, member.Start) is not { } key)
            {
                continue;
            }

            // "key: value" in objects, "KEY = value" in enums.
            if (tokens.IsPunctuation(member.Start + 1, ":") || tokens.IsPunctuation(member.Start + 1, "="))
            {
                members.TryAdd(key, member with { Start = member.Start + 2 });
            }
            else if (member.Length == 1 && tokens[member.Start].Kind == TokenKind.Identifier)
            {
                members.TryAdd(key, member);
            }
        }

        return members;
    }

    /// <summary>
    /// A JSON Schema given as a literal object, a zod shape or object, or zodToJsonSchema(X) / z.toJSONSchema(X);
    /// null when it cannot be read statically.
    /// </summary>
    public string? ReadInputSchema(TypeScriptModule module, TokenRange range, int depth = 0)
    {
        range = JsLiteralConverter.TrimExpression(module.Tokens, range);
        var tokens = module.Tokens;
        if (range.IsEmpty || depth > 8)
        {
            return null;
        }

        var converterCall = JsonSchemaConverterArgument(tokens, range);
        if (converterCall is { } argument)
        {
            return Zod.ConvertShapeOrObject(module, argument) is { } zodSchema ? CompactJson.ToText(zodSchema) : null;
        }

        if (ZodSchemaConverter.IsZodExpression(module, range))
        {
            return Zod.ConvertShapeOrObject(module, range) is { } zodObject ? CompactJson.ToText(zodObject) : null;
        }

        if (tokens.IsPunctuation(range.Start, "{") && tokens.MatchingClose(range.Start) == range.End - 1)
        {
            return ZodSchemaConverter.IsRawShape(module, range.Start) && tokens.SplitArguments(range.Start).Count > 0
                ? CompactJson.ToText(Zod.ConvertShape(module, range.Start, 0))
                : Literals.Convert(module, range) is JsonObject literal ? CompactJson.ToText(literal) : null;
        }

        if (Literals.Reference(module, range) is { } declared)
        {
            return ReadInputSchema(declared.Module, declared.Range, depth + 1);
        }

        return null;
    }

    /// <summary>The line a registration call is defined on: the start of its receiver chain (this.server.tool → "this").</summary>
    public static int ReceiverLine(TokenList tokens, int memberIndex)
    {
        var i = memberIndex - 1;
        if (!(tokens.IsPunctuation(i, ".") || tokens.IsPunctuation(i, "?.")))
        {
            return tokens[memberIndex].Line;
        }

        var start = i - 1;
        while (tokens[start].Kind == TokenKind.Identifier && (tokens.IsPunctuation(start - 1, ".") || tokens.IsPunctuation(start - 1, "?.")) && tokens[start - 2].Kind == TokenKind.Identifier)
        {
            start -= 2;
        }

        return tokens[start].Kind == TokenKind.Identifier ? tokens[start].Line : tokens[memberIndex].Line;
    }

    private static TokenRange? JsonSchemaConverterArgument(TokenList tokens, TokenRange range)
    {
        var name = range.Start;
        if (tokens.IsIdentifier(name, "z") && tokens.IsPunctuation(name + 1, "."))
        {
            name += 2;
        }

        if (tokens[name].Kind != TokenKind.Identifier || !JsonSchemaConverters.Contains(tokens[name].Value) || !tokens.IsPunctuation(name + 1, "("))
        {
            return null;
        }

        var close = tokens.MatchingClose(name + 1);
        if (close != range.End - 1)
        {
            return null;
        }

        var arguments = tokens.SplitArguments(name + 1);
        return arguments.Count > 0 ? arguments[0] : null;
    }
}
