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
    // Declarations can refer to each other many times over (const A = [B, B]; const B = [C, C]...): a budget of
    // conversions per file keeps that linear in practice instead of exponential.
    private int budget = 100_000;

    public TypeScriptWorkspace Workspace => workspace;

    /// <summary>False once the conversion budget of this file is spent; callers then stop following references.</summary>
    public bool HasBudget => budget > 0;

    /// <summary>Takes one unit of the conversion budget; false when none is left.</summary>
    public bool Spend() => --budget >= 0;

    public JsonNode? Convert(TypeScriptModule module, TokenRange range, int depth = 0)
    {
        range = TrimExpression(module.Tokens, range);
        if (range.IsEmpty || depth > CompactJson.MaxNesting || !Spend())
        {
            return null;
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
                "null" => JsonValue.Create<string>(null),
                _ => ConvertDeclared(module, first.Value, depth),
            };
        }

        return ReadNumber(tokens, range) is { } number ? number : null;
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

    private JsonNode? ConvertDeclared(TypeScriptModule module, string name, int depth)
    {
        return Declared(module, name) is { } declared ? Convert(declared.Module, declared.Range, depth + 1) : null;
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
                    foreach (var (spreadKey, value) in spread.ToList())
                    {
                        spread.Remove(spreadKey);
                        result[spreadKey] = value;
                    }
                }

                continue;
            }

            if (ObjectKey(tokens, member.Start) is not { } key)
            {
                continue;
            }

            JsonNode? converted;
            if (member.Length == 1 && first.Kind == TokenKind.Identifier)
            {
                // Shorthand { name } means the variable of that name.
                converted = ConvertDeclared(module, key, depth) ?? (module.Constants.TryGetValue(key, out var constant) ? JsonValue.Create(constant) : null);
            }
            else if (tokens.IsPunctuation(member.Start + 1, ":"))
            {
                converted = Convert(module, member with { Start = member.Start + 2 }, depth + 1);
            }
            else
            {
                continue;
            }

            if (converted is not null)
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

            if (Convert(module, element, depth + 1) is { } converted)
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
