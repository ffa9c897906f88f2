using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Java;

/// <summary>
/// One annotation <c>@a.b.Name(...)</c> (Java or Kotlin): its last name segment, the index of its "@", the "(" of
/// its arguments (-1 when it has none) and the index just after it.
/// </summary>
internal readonly record struct JavaAnnotation(string Name, int At, int ArgumentsOpen, int End)
{
    /// <summary>Reads the annotation whose "@" is at <paramref name="at"/>; null when there is none.</summary>
    public static JavaAnnotation? Read(TokenList tokens, int at)
    {
        if (!tokens.IsPunctuation(at, "@"))
        {
            return null;
        }

        var i = at + 1;

        // Kotlin use-site targets: @field:Name, @param:Name
        if (tokens[i].IsIdentifier() && tokens.IsPunctuation(i + 1, ":") && tokens[i + 2].IsIdentifier())
        {
            i += 2;
        }

        if (!tokens[i].IsIdentifier())
        {
            return null;
        }

        while (tokens.IsPunctuation(i + 1, ".") && tokens[i + 2].IsIdentifier())
        {
            i += 2;
        }

        var name = tokens[i].Value;
        if (!tokens.IsPunctuation(i + 1, "("))
        {
            return new JavaAnnotation(name, at, -1, i + 1);
        }

        var close = tokens.MatchingClose(i + 1);
        return close < 0 ? new JavaAnnotation(name, at, -1, i + 1) : new JavaAnnotation(name, at, i + 1, close + 1);
    }

    /// <summary>Named arguments by name; a lone unnamed argument is <c>value</c>, as in Java.</summary>
    public Dictionary<string, TokenRange> Arguments(TokenList tokens)
    {
        var arguments = new Dictionary<string, TokenRange>(StringComparer.Ordinal);
        if (ArgumentsOpen < 0)
        {
            return arguments;
        }

        var split = tokens.SplitArguments(ArgumentsOpen, angleAware: false);
        foreach (var argument in split)
        {
            if (tokens[argument.Start].IsIdentifier() && tokens.IsPunctuation(argument.Start + 1, "=") && argument.Length > 2)
            {
                arguments.TryAdd(tokens[argument.Start].Value, new TokenRange(argument.Start + 2, argument.End));
            }
            else if (split.Count == 1)
            {
                arguments.TryAdd("value", argument);
            }
        }

        return arguments;
    }
}
