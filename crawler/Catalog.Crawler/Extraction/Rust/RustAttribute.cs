using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Rust;

/// <summary>
/// One outer attribute <c>#[path::name(...)]</c> or <c>#[name = value]</c>: its last path segment, the index of
/// its "#", of its closing "]", and of the "(" of its arguments (-1 when it has none).
/// </summary>
internal readonly record struct RustAttribute(string Name, int Hash, int Close, int ArgumentsOpen)
{
    /// <summary>Reads the attribute whose "#" is at <paramref name="hash"/>; null when it is not one (or is unclosed).</summary>
    public static RustAttribute? Read(TokenList tokens, int hash)
    {
        if (!tokens.IsPunctuation(hash, "#") || !tokens.IsPunctuation(hash + 1, "["))
        {
            return null;
        }

        var close = tokens.MatchingClose(hash + 1);
        if (close < 0)
        {
            return null;
        }

        var i = hash + 2;
        var name = string.Empty;
        while (i < close && tokens[i].IsIdentifier())
        {
            name = tokens[i].Value;
            if (!tokens.IsPunctuation(i + 1, "::"))
            {
                break;
            }

            i += 2;
        }

        var open = tokens.IsPunctuation(i + 1, "(") && i + 1 < close ? i + 1 : -1;
        return name.Length == 0 ? null : new RustAttribute(name, hash, close, open);
    }

    /// <summary>
    /// The arguments <c>key = value</c>, <c>key(...)</c> and bare <c>key</c>, by key: for "=" the value's range, for a
    /// nested list the range inside its parentheses, for a bare key an empty range.
    /// </summary>
    public Dictionary<string, TokenRange> Arguments(TokenList tokens) => ArgumentsAt(tokens, ArgumentsOpen);

    public static Dictionary<string, TokenRange> ArgumentsAt(TokenList tokens, int open)
    {
        var arguments = new Dictionary<string, TokenRange>(StringComparer.Ordinal);
        if (open < 0)
        {
            return arguments;
        }

        foreach (var argument in tokens.SplitArguments(open, angleAware: false))
        {
            if (!tokens[argument.Start].IsIdentifier())
            {
                continue;
            }

            var key = tokens[argument.Start].Value;
            var next = argument.Start + 1;
            if (tokens.IsPunctuation(next, "=") && next + 1 < argument.End)
            {
                arguments.TryAdd(key, new TokenRange(next + 1, argument.End));
            }
            else if (tokens.IsPunctuation(next, "(") && tokens.MatchingClose(next) is var close and > 0)
            {
                arguments.TryAdd(key, new TokenRange(next, close + 1));
            }
            else
            {
                arguments.TryAdd(key, new TokenRange(next, next));
            }
        }

        return arguments;
    }
}
