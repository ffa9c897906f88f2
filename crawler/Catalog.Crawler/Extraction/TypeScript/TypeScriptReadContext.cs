using System.Text;
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

    /// <summary>
    /// A description: fixed text as <see cref="ReadString"/> reads it, or text put together at run time, kept as the
    /// source writes it. A template literal keeps its <c>${...}</c> parts; in a "+" concatenation holding at least one
    /// string literal, every part that is not fixed text is shown as <c>${source}</c>. Null for anything else.
    /// </summary>
    public string? ReadDescription(TypeScriptModule module, TokenRange range)
    {
        if (ReadString(module, range) is { } fixedText)
        {
            return fixedText;
        }

        var tokens = module.Tokens;
        range = JsLiteralConverter.TrimExpression(tokens, range);
        if (range.IsEmpty)
        {
            return null;
        }

        var text = new StringBuilder();
        var literal = false;
        foreach (var operand in Operands(tokens, range))
        {
            if (operand.Length == 1 && tokens[operand.Start].Kind == TokenKind.String)
            {
                literal = true;
                text.Append(tokens[operand.Start].Value);
            }
            else if (ReadString(module, operand) is { } part)
            {
                text.Append(part);
            }
            else
            {
                text.Append("${").Append(tokens.SourceText(operand).Trim()).Append('}');
            }
        }

        return literal ? text.ToString() : null;
    }

    /// <summary>The operands of a top-level "+" chain (the whole range when there is no "+").</summary>
    private static List<TokenRange> Operands(TokenList tokens, TokenRange range)
    {
        var operands = new List<TokenRange>();
        var start = range.Start;
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Value is "(" or "[" or "{")
            {
                var close = tokens.MatchingClose(i);
                if (close < 0 || close >= range.End)
                {
                    return [range];
                }

                i = close;
            }
            else if (tokens.IsPunctuation(i, "+"))
            {
                operands.Add(new TokenRange(start, i));
                start = i + 1;
            }
        }

        operands.Add(new TokenRange(start, range.End));
        return operands.Any(o => o.IsEmpty) ? [range] : operands;
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
    /// or <c>Object.values(X)</c> of a known object or of a namespace import (its exported declarations). Elements
    /// are followed through names and through a call wrapping one object (<c>ToolSchema.parse({...})</c>);
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
                    : ToolObject(module, element) is { } item ? [item] : [];
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
            && tokens.SplitArguments(range.Start + 3) is [var argument])
        {
            foreach (var found in ValuesOf(module, argument))
            {
                yield return found;
            }
        }
    }

    /// <summary>The object literal an expression is or names, also through a call that wraps a single object (a schema's parse, a helper).</summary>
    public (TypeScriptModule Module, int Open)? ToolObject(TypeScriptModule module, TokenRange range, int depth = 0)
    {
        if (depth > 8)
        {
            return null;
        }

        if (ObjectLiteral(module, range) is { } literal)
        {
            return literal;
        }

        range = JsLiteralConverter.TrimExpression(module.Tokens, range);
        if (WrappedArgument(module.Tokens, range) is { } argument)
        {
            return ToolObject(module, argument, depth + 1);
        }

        return Literals.Reference(module, range) is { } declared ? ToolObject(declared.Module, declared.Range, depth + 1) : null;
    }

    /// <summary>The objects <c>Object.values(X)</c> yields: the members of a known object, or the exports of a namespace import.</summary>
    private IEnumerable<(TypeScriptModule Module, int Open)> ValuesOf(TypeScriptModule module, TokenRange argument)
    {
        var tokens = module.Tokens;
        argument = JsLiteralConverter.TrimExpression(tokens, argument);
        if (argument.Length == 1 && tokens[argument.Start].Kind == TokenKind.Identifier
            && module.TryGetNamespace(tokens[argument.Start].Value, out var specifier))
        {
            if (Workspace.Module(module, specifier) is not { } target)
            {
                yield break;
            }

            foreach (var name in target.ExportedNames)
            {
                var start = target.DeclarationValue(name);
                if (start >= 0 && ToolObject(target, target.ExpressionAt(start)) is { } item)
                {
                    yield return item;
                }
            }

            yield break;
        }

        if (ObjectLiteral(module, argument) is not { } container)
        {
            yield break;
        }

        foreach (var member in Members(container.Module.Tokens, container.Open).Values)
        {
            if (ToolObject(container.Module, member) is { } item)
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The single argument of a call such as <c>ToolSchema.parse(arg)</c> or <c>defineTool(arg)</c>: the callee is a
    /// plain or dotted name and the call is the whole expression. Null for anything else.
    /// </summary>
    private static TokenRange? WrappedArgument(TokenList tokens, TokenRange range)
    {
        var i = range.Start;
        if (tokens[i].Kind != TokenKind.Identifier)
        {
            return null;
        }

        while (tokens.IsPunctuation(i + 1, ".") && tokens[i + 2].Kind == TokenKind.Identifier)
        {
            i += 2;
        }

        var open = i + 1;
        return tokens.IsPunctuation(open, "(") && tokens.MatchingClose(open) == range.End - 1 && tokens.SplitArguments(open) is [var argument]
            ? argument
            : null;
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
