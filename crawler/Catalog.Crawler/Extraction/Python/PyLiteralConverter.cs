using System.Globalization;
using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>
/// Turns Python literals into JSON: dicts, lists, tuples, strings (with implicit concatenation), numbers,
/// True/False/None, <c>dict(key=value)</c>, and names bound at module level. Anything else converts to nothing
/// and a dict drops that entry.
/// </summary>
internal sealed class PyLiteralConverter(PythonModule module, CancellationToken cancellation)
{
    // Marks "not a literal" apart from None while converting.
    private static readonly JsonValue Missing = JsonValue.Create("\u0000missing");

    // Bindings may refer to each other many times over; a budget per file keeps that from exploding.
    private int budget = 100_000;

    public PythonModule Module => module;

    /// <summary>The JSON of a literal; null both for None and for what is not a literal (see <see cref="TryConvert"/>).</summary>
    public JsonNode? Convert(TokenRange range, int depth = 0) => TryConvert(range, depth, out var node) ? node : null;

    /// <summary>False when the expression is not a literal; true with a null node for None.</summary>
    public bool TryConvert(TokenRange range, int depth, out JsonNode? node)
    {
        node = ConvertOrMissing(range, depth);
        if (ReferenceEquals(node, Missing))
        {
            node = null;
            return false;
        }

        return true;
    }

    private JsonNode? ConvertOrMissing(TokenRange range, int depth)
    {
        var tokens = module.Tokens;
        range = Unwrap(tokens, range);
        if (range.IsEmpty || depth > CompactJson.MaxNesting || --budget < 0)
        {
            return Missing;
        }

        cancellation.ThrowIfCancellationRequested();
        var first = tokens[range.Start];
        var closesRange = tokens.MatchingClose(range.Start) == range.End - 1;
        if (first.IsPunctuation("{") && closesRange)
        {
            return ConvertDict(range.Start, depth);
        }

        if ((first.IsPunctuation("[") || first.IsPunctuation("(")) && closesRange)
        {
            return ConvertSequence(range.Start, depth);
        }

        if (tokens.TryReadString(range, module.Constants, out var text, adjacentConcatenation: true))
        {
            return JsonValue.Create(text);
        }

        if (first.IsIdentifier("dict") && tokens.IsPunctuation(range.Start + 1, "(") && tokens.MatchingClose(range.Start + 1) == range.End - 1)
        {
            return ConvertKeywords(range.Start + 1, depth) ?? (JsonNode)Missing;
        }

        if (range.Length == 1 && first.Kind == TokenKind.Identifier)
        {
            return first.Value switch
            {
                "True" => JsonValue.Create(true),
                "False" => JsonValue.Create(false),
                "None" => null,
                _ => module.Binding(first.Value) is { } bound ? ConvertOrMissing(bound, depth + 1) : Missing,
            };
        }

        return ReadNumber(tokens, range) ?? (JsonNode)Missing;
    }

    /// <summary>The keyword arguments of a call, as an object (ToolAnnotations(readOnlyHint=True) → {"readOnlyHint":true}).</summary>
    public JsonObject? ConvertKeywords(int open, int depth = 0)
    {
        if (PythonCall.Read(module.Tokens, open) is not { } call)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var (key, value) in call.Keywords)
        {
            if (TryConvert(value, depth + 1, out var converted))
            {
                result[key] = converted;
            }
        }

        return result;
    }

    /// <summary>ToolAnnotations(readOnlyHint=True, ...), a dict, or a module-level name bound to either.</summary>
    public JsonObject? ConvertKeywordsOrDict(TokenRange range, int depth = 0)
    {
        var open = range.Start + 1;
        while (module.Tokens[range.Start].Kind == TokenKind.Identifier && module.Tokens.IsPunctuation(open, ".") && module.Tokens[open + 1].Kind == TokenKind.Identifier)
        {
            open += 2;
        }

        if (module.Tokens[range.Start].Kind == TokenKind.Identifier && module.Tokens.IsPunctuation(open, "(") && module.Tokens.MatchingClose(open) == range.End - 1
            && !module.Tokens.IsIdentifier(open - 1, "dict"))
        {
            return ConvertKeywords(open);
        }

        if (depth < 4 && range.Length == 1 && module.Tokens[range.Start].Kind == TokenKind.Identifier && module.Binding(module.Tokens[range.Start].Value) is { IsEmpty: false } bound)
        {
            return ConvertKeywordsOrDict(bound, depth + 1);
        }

        return Convert(range) as JsonObject;
    }

    private static TokenRange Unwrap(TokenList tokens, TokenRange range)
    {
        // A parenthesised single expression is not a tuple: ("a" "b") is a string.
        for (var guard = 0; guard < CompactJson.MaxNesting && tokens.IsPunctuation(range.Start, "(") && tokens.MatchingClose(range.Start) == range.End - 1; guard++)
        {
            var inner = tokens.SplitArguments(range.Start, angleAware: false);
            if (inner.Count != 1 || tokens.IsPunctuation(range.End - 2, ","))
            {
                break;
            }

            range = inner[0];
        }

        return range;
    }

    private JsonObject ConvertDict(int open, int depth)
    {
        var tokens = module.Tokens;
        var result = new JsonObject();
        foreach (var entry in tokens.SplitArguments(open, angleAware: false))
        {
            var colon = TopLevelColon(tokens, entry);
            if (colon < 0)
            {
                continue;
            }

            var key = Convert(new TokenRange(entry.Start, colon), depth + 1);
            var keyText = key is JsonValue value && value.TryGetValue<string>(out var name) ? name : null;
            if (keyText is not null && TryConvert(entry with { Start = colon + 1 }, depth + 1, out var converted))
            {
                result[keyText] = converted;
            }
        }

        return result;
    }

    private JsonArray ConvertSequence(int open, int depth)
    {
        var result = new JsonArray();
        foreach (var element in module.Tokens.SplitArguments(open, angleAware: false))
        {
            if (TryConvert(element, depth + 1, out var converted))
            {
                result.Add(converted);
            }
        }

        return result;
    }

    private static int TopLevelColon(TokenList tokens, TokenRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens.IsPunctuation(i, ":"))
            {
                return i;
            }

            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Value is "(" or "[" or "{" && tokens.MatchingClose(i) is var close and > 0)
            {
                i = close;
            }
        }

        return -1;
    }

    private static JsonValue? ReadNumber(TokenList tokens, TokenRange range)
    {
        var index = range.Start;
        var negative = false;
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
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return JsonValue.Create(negative ? -hex : hex);
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(negative ? -integer : integer);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)
            ? JsonValue.Create(negative ? -real : real)
            : null;
    }
}
