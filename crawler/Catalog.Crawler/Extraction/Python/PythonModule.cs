using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>One scanned Python file: its tokens, string constants and module-level <c>NAME = value</c> bindings.</summary>
internal sealed class PythonModule
{
    private readonly Dictionary<string, TokenRange> bindings = new(StringComparer.Ordinal);

    private PythonModule(SourceFile file, TokenList tokens, IReadOnlyDictionary<string, string> constants)
    {
        File = file;
        Tokens = tokens;
        Constants = constants;
    }

    public SourceFile File { get; }

    public TokenList Tokens { get; }

    public IReadOnlyDictionary<string, string> Constants { get; }

    public static PythonModule Parse(SourceFile file, CancellationToken cancellation)
    {
        var tokens = PythonScanner.Scan(file.Text, cancellation);
        var module = new PythonModule(file, tokens, StringConstants.Collect(tokens, adjacentConcatenation: true, cancellation));
        module.IndexBindings(cancellation);
        return module;
    }

    /// <summary>The value bound to a name at the start of a line (<c>NAME = ...</c> or <c>NAME: T = ...</c>), first binding wins.</summary>
    public TokenRange? Binding(string name) => bindings.TryGetValue(name, out var range) ? range : null;

    /// <summary>
    /// The extent of a Python expression starting at <paramref name="start"/>: up to a top-level "," or ")" / "]" / "}",
    /// or the first token that starts a new line outside brackets.
    /// </summary>
    public TokenRange ExpressionAt(int start)
    {
        var i = start;
        while (i < Tokens.Count)
        {
            var token = Tokens[i];
            if (i > start && token.FirstOnLine)
            {
                break;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Value is "," or ")" or "]" or "}" or ";")
                {
                    break;
                }

                if (token.Value is "(" or "[" or "{")
                {
                    var close = Tokens.MatchingClose(i);
                    if (close < 0)
                    {
                        return new TokenRange(start, i);
                    }

                    i = close + 1;
                    continue;
                }
            }

            i++;
        }

        return new TokenRange(start, i);
    }

    /// <summary>The index of the "=" after an annotation that starts at <paramref name="start"/>, or -1.</summary>
    private int AnnotationEnd(int start)
    {
        for (var i = start; i < Tokens.Count && (i == start || !Tokens[i].FirstOnLine); i++)
        {
            if (Tokens.IsPunctuation(i, "="))
            {
                return i;
            }

            if (Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Value is "(" or "[" or "{")
            {
                var close = Tokens.MatchingClose(i);
                if (close < 0)
                {
                    return -1;
                }

                i = close;
            }
        }

        return -1;
    }

    private void IndexBindings(CancellationToken cancellation)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var token = Tokens[i];
            if (!token.FirstOnLine || token.Kind != TokenKind.Identifier)
            {
                continue;
            }

            var equals = i + 1;
            if (Tokens.IsPunctuation(equals, ":"))
            {
                // NAME: Annotation = value
                equals = AnnotationEnd(i + 2);
            }

            if (Tokens.IsPunctuation(equals, "=") && !Tokens[equals + 1].FirstOnLine)
            {
                bindings.TryAdd(token.Value, ExpressionAt(equals + 1));
            }
        }
    }
}
