using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>The arguments of a Python call, split into positional ones and keyword ones (<c>name=value</c>).</summary>
internal sealed class PythonCall
{
    private PythonCall(List<TokenRange> positional, Dictionary<string, TokenRange> keywords)
    {
        Positional = positional;
        Keywords = keywords;
    }

    public IReadOnlyList<TokenRange> Positional { get; }

    public IReadOnlyDictionary<string, TokenRange> Keywords { get; }

    /// <summary>Reads the call whose "(" is at <paramref name="open"/>; null when it has no closing parenthesis.</summary>
    public static PythonCall? Read(TokenList tokens, int open)
    {
        if (!tokens.TrySplitArguments(open, out var arguments, angleAware: false))
        {
            return null;
        }

        var positional = new List<TokenRange>();
        var keywords = new Dictionary<string, TokenRange>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (tokens[argument.Start].Kind == TokenKind.Identifier && tokens.IsPunctuation(argument.Start + 1, "="))
            {
                keywords.TryAdd(tokens[argument.Start].Value, argument with { Start = argument.Start + 2 });
            }
            else
            {
                positional.Add(argument);
            }
        }

        return new PythonCall(positional, keywords);
    }
}
