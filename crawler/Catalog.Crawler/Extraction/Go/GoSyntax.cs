using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>Small readings of Go token runs shared by the mcp-go and go-sdk readers.</summary>
internal static class GoSyntax
{
    /// <summary>
    /// A boolean written as <c>true</c>, or wrapped in a pointer helper (<c>mcp.ToBoolPtr(false)</c>, <c>ptr(true)</c>):
    /// the one bool literal in the range; null when there is none or more than one.
    /// </summary>
    public static bool? Bool(TokenList tokens, TokenRange range)
    {
        bool? found = null;
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens[i].Kind != TokenKind.Identifier || tokens[i].Value is not ("true" or "false"))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = tokens[i].Value == "true";
        }

        return found;
    }

    /// <summary>The <c>Key: value</c> elements of a composite literal whose "{" is at <paramref name="openBrace"/>.</summary>
    public static Dictionary<string, TokenRange> KeyedElements(TokenList tokens, int openBrace)
    {
        var elements = new Dictionary<string, TokenRange>(StringComparer.Ordinal);
        foreach (var element in tokens.SplitArguments(openBrace, angleAware: false))
        {
            if (element.Length >= 3 && tokens[element.Start].IsIdentifier() && tokens.IsPunctuation(element.Start + 1, ":"))
            {
                elements.TryAdd(tokens[element.Start].Value, new TokenRange(element.Start + 2, element.End));
            }
        }

        return elements;
    }

    /// <summary>The first "{" in the range (the body of <c>&amp;mcp.ToolAnnotations{...}</c>), or -1.</summary>
    public static int FirstBrace(TokenList tokens, TokenRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens.IsPunctuation(i, "{"))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>For a call written <c>pkg.Name(...)</c>, <c>Name(...)</c> or <c>pkg.Name[T](...)</c>: the name's index, or -1.</summary>
    public static int CalleeName(TokenList tokens, TokenRange range)
    {
        var i = range.Start;
        if (tokens[i].IsIdentifier() && tokens.IsPunctuation(i + 1, "."))
        {
            i += 2;
        }

        return i < range.End && tokens[i].IsIdentifier() && (tokens.IsPunctuation(i + 1, "(") || tokens.IsPunctuation(i + 1, "[")) ? i : -1;
    }

    /// <summary>The "(" of the call whose name is at <paramref name="nameIndex"/>, past any type arguments; -1 when none.</summary>
    public static int CallOpen(TokenList tokens, int nameIndex)
    {
        var open = nameIndex + 1;
        if (tokens.IsPunctuation(open, "["))
        {
            var close = tokens.MatchingClose(open);
            open = close < 0 ? -1 : close + 1;
        }

        return open >= 0 && tokens.IsPunctuation(open, "(") ? open : -1;
    }
}
