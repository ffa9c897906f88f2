using System.Globalization;
using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// Turns JavaScript literal expressions (objects, arrays, strings, numbers, booleans, null) into JSON, following
/// identifiers to their <c>const</c> declarations and spreads of known objects and arrays. Anything that is not a
/// literal (a call, a function, an unknown name) converts to nothing, and an object drops that member.
/// </summary>
internal sealed class JsLiteralConverter(TypeScriptWorkspace workspace)
{
    // Marks "not a literal" apart from the literal null while converting.
    private static readonly JsonValue Missing = JsonValue.Create("\u0000missing");

    // Declarations can refer to each other many times over (const A = [B, B]; const B = [C, C]...): a budget of
    // conversions per file keeps that linear in practice instead of exponential.
    private int budget = 100_000;

    /// <summary>Takes one unit of the conversion budget; false when none is left.</summary>
    public bool Spend() => --budget >= 0;

    /// <summary>The JSON of a literal expression; null both for JavaScript null and for what is not a literal (see <see cref="TryConvert"/>).</summary>
    public JsonNode? Convert(TypeScriptModule module, TokenRange range, int depth = 0) =>
        TryConvert(module, range, depth, out var node) ? node : null;

    /// <summary>False when the expression is not a literal; true with a null node for the literal null.</summary>
    public bool TryConvert(TypeScriptModule module, TokenRange range, int depth, out JsonNode? node)
    {
        node = ConvertOrMissing(module, range, depth);
        if (ReferenceEquals(node, Missing))
        {
            node = null;
            return false;
        }

        return true;
    }

    private JsonNode? ConvertOrMissing(TypeScriptModule module, TokenRange range, int depth)
    {
        range = TrimExpression(module.Tokens, range);
        if (range.IsEmpty || depth > CompactJson.MaxNesting || !Spend())
        {
            return Missing;
        }

        var tokens = module.Tokens;
        var first = tokens[range.Start];
        if (first.IsPunctuation("{") && tokens.MatchingClose(range.Start) == range.End - 1)
        {
            return ConvertObject(module, range.Start, depth);
        }

        if (first.IsPunctuation("[") && tokens.MatchingClose(range.Start) == range.End - 1)
        {
            return ConvertArray(module, range.Start, depth);
        }

        if (tokens.TryReadString(range, module.Constants, out var text))
        {
            return JsonValue.Create(text);
        }

        if (range.Length == 1 && first.Kind == TokenKind.Identifier)
        {
            return first.Value switch
            {
                "true" => JsonValue.Create(true),
                "false" => JsonValue.Create(false),
                "null" => null,
                _ => Declared(module, first.Value) is { } declared ? ConvertOrMissing(declared.Module, declared.Range, depth + 1) : Missing,
            };
        }

        if (range.Length == 3 && Reference(module, range) is { } member)
        {
            return ConvertOrMissing(member.Module, member.Range, depth + 1);
        }

        return ReadNumber(tokens, range) is { } number ? number : Missing;
    }

    /// <summary>The declaration an identifier names, as a module and the range of its value.</summary>
    public (TypeScriptModule Module, TokenRange Range)? Declared(TypeScriptModule module, string name)
    {
        var found = workspace.Resolve(module, name);
        if (found is not { } declaration)
        {
            return null;
        }

        return (declaration.Module, declaration.Module.ExpressionAt(declaration.ValueStart));
    }

    /// <summary>
    /// The declaration a name refers to, as a module and the range of its value: a plain name (<c>X</c>), a name
    /// from a namespace import (<c>ns.X</c>), or a member of a const object or enum (<c>OBJ.KEY</c>, <c>Enum.MEMBER</c>).
    /// </summary>
    public (TypeScriptModule Module, TokenRange Range)? Reference(TypeScriptModule module, TokenRange range)
    {
        var tokens = module.Tokens;
        if (range.Length == 1 && tokens[range.Start].Kind == TokenKind.Identifier)
        {
            return Declared(module, tokens[range.Start].Value);
        }

        if (range.Length != 3 || tokens[range.Start].Kind != TokenKind.Identifier || !tokens.IsPunctuation(range.Start + 1, ".")
            || tokens[range.Start + 2].Kind != TokenKind.Identifier)
        {
            return null;
        }

        var owner = tokens[range.Start].Value;
        var member = tokens[range.Start + 2].Value;
        if (module.TryGetNamespace(owner, out var specifier))
        {
            return workspace.ResolveExport(module, specifier, member) is { } exported
                ? (exported.Module, exported.Module.ExpressionAt(exported.ValueStart))
                : null;
        }

        if (Declared(module, owner) is not { } container)
        {
            return null;
        }

        var containerTokens = container.Module.Tokens;
        var open = container.Range.Start;
        return containerTokens.IsPunctuation(open, "{") && containerTokens.MatchingClose(open) == container.Range.End - 1
            && TypeScriptReadContext.Members(containerTokens, open).TryGetValue(member, out var value)
            ? (container.Module, value)
            : null;
    }

    /// <summary>Drops wrapping parentheses, a trailing non-null "!" and <c>as T</c> / <c>satisfies T</c> suffixes.</summary>
    public static TokenRange TrimExpression(TokenList tokens, TokenRange range)
    {
        for (var guard = 0; guard < CompactJson.MaxNesting && !range.IsEmpty; guard++)
        {
            var cut = TypeSuffixStart(tokens, range);
            if (cut > range.Start)
            {
                range = range with { End = cut };
                continue;
            }

            if (tokens.IsPunctuation(range.End - 1, "!"))
            {
                range = range with { End = range.End - 1 };
                continue;
            }

            if (tokens.IsPunctuation(range.Start, "(") && tokens.MatchingClose(range.Start) == range.End - 1)
            {
                range = new TokenRange(range.Start + 1, range.End - 1);
                continue;
            }

            break;
        }

        return range;
    }

    private static int TypeSuffixStart(TokenList tokens, TokenRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Value is "(" or "[" or "{")
            {
                var close = tokens.MatchingClose(i);
                if (close < 0 || close >= range.End)
                {
                    return -1;
                }

                i = close;
            }
            else if (i > range.Start && token.Kind == TokenKind.Identifier && token.Value is "as" or "satisfies")
            {
                return i;
            }
        }

        return -1;
    }

    private JsonObject ConvertObject(TypeScriptModule module, int open, int depth)
    {
        var tokens = module.Tokens;
        var result = new JsonObject();
        foreach (var member in tokens.SplitArguments(open))
        {
            workspace.Cancellation.ThrowIfCancellationRequested();
            var first = tokens[member.Start];
            if (first.IsPunctuation("..."))
            {
                if (Convert(module, member with { Start = member.Start + 1 }, depth + 1) is JsonObject spread)
                {
                    foreach (var (spreadKey, spreadValue) in spread.ToList())
                    {
                        spread.Remove(spreadKey);
                        result[spreadKey] = spreadValue;
                    }
                }

                continue;
            }

            if (ObjectKey(tokens, member.Start) is not { } key)
            {
                continue;
            }

            // Shorthand { name } means the variable of that name.
            var value = member.Length == 1 && first.Kind == TokenKind.Identifier ? member
                : tokens.IsPunctuation(member.Start + 1, ":") ? member with { Start = member.Start + 2 }
                : default;
            if (!value.IsEmpty && TryConvert(module, value, depth + 1, out var converted))
            {
                result[key] = converted;
            }
        }

        return result;
    }

    private JsonArray ConvertArray(TypeScriptModule module, int open, int depth)
    {
        var tokens = module.Tokens;
        var result = new JsonArray();
        foreach (var element in tokens.SplitArguments(open))
        {
            workspace.Cancellation.ThrowIfCancellationRequested();
            if (tokens.IsPunctuation(element.Start, "..."))
            {
                if (Convert(module, element with { Start = element.Start + 1 }, depth + 1) is JsonArray spread)
                {
                    foreach (var item in spread.ToList())
                    {
                        spread.Remove(item);
                        result.Add(item);
                    }
                }

                continue;
            }

            if (TryConvert(module, element, depth + 1, out var converted))
            {
                result.Add(converted);
            }
        }

        return result;
    }

    /// <summary>The key of an object member ("name:", "'name':", "1:"), or null for computed keys and methods.</summary>
    public static string? ObjectKey(TokenList tokens, int index)
    {
        var token = tokens[index];
        return token.Kind switch
        {
            TokenKind.Identifier => token.Value,
            TokenKind.String when token.IsPlainString => token.Value,
            TokenKind.Number => token.Value,
            _ => null,
        };
    }

    private static JsonValue? ReadNumber(TokenList tokens, TokenRange range)
    {
        var negative = false;
        var index = range.Start;
        if (tokens.IsPunctuation(index, "-") || tokens.IsPunctuation(index, "+"))
        {
            negative = tokens[index].Value == "-";
            index++;
        }

        if (index != range.End - 1 || tokens[index].Kind != TokenKind.Number)
        {
            return null;
        }

        var text = tokens[index].Value.Replace("_", string.Empty, StringComparison.Ordinal);
        if (text.EndsWith('n'))
        {
            text = text[..^1];
        }

        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return JsonValue.Create(negative ? -hex : hex);
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(negative ? -integer : integer);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            return JsonValue.Create(negative ? -real : real);
        }

        return null;
    }
}
