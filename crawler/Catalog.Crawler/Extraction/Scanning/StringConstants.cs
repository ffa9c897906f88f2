namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// Collects the names bound to fixed string values in one file, in any C-family language or Python:
/// <c>const X = "a"</c>, <c>const X: &amp;str = "a"</c>, <c>static final String X = "a" + "b";</c>, Go <c>X string = `a`</c>,
/// Python <c>X = ("a" "b")</c>. Assignments inside parentheses or brackets (keyword arguments, default
/// parameters) are not constants, except in a Go <c>const (...)</c> or <c>var (...)</c> block. The first binding of a name wins;
/// a value may use constants defined anywhere in the file.
/// </summary>
public static class StringConstants
{
    private const int MaxDeclaratorTokens = 8;

    private static readonly HashSet<string> NotNames = ["const", "let", "var", "val", "static", "final", "readonly", "export", "pub", "string", "String", "str"];

    public static Dictionary<string, string> Collect(TokenList tokens, bool adjacentConcatenation = false, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        var assignments = FindAssignments(tokens, cancellation);

        // A second pass resolves values that use a constant declared further down (order-free in Go and Java).
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (name, valueStart) in assignments)
            {
                cancellation.ThrowIfCancellationRequested();
                if (constants.ContainsKey(name) || !tokens.TryReadStringExpression(valueStart, constants, out var value, out var end, adjacentConcatenation))
                {
                    continue;
                }

                end = SkipTypeAssertion(tokens, end);
                if (EndsStatement(tokens, end))
                {
                    constants[name] = value;
                }
            }
        }

        return constants;
    }

    private static List<(string Name, int ValueStart)> FindAssignments(TokenList tokens, CancellationToken cancellation)
    {
        var found = new List<(string, int)>();
        var enclosing = new Stack<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            switch (token.Value)
            {
                case "(" or "[" or "{":
                    enclosing.Push(i);
                    break;
                case ")" or "]" or "}":
                    var open = tokens.MatchingOpen(i);
                    while (enclosing.Count > 0 && enclosing.Peek() >= open && open >= 0)
                    {
                        enclosing.Pop();
                    }

                    break;
                case "=" when InDeclarationScope(tokens, enclosing) && DeclaredName(tokens, i) is { } name:
                    found.Add((name, i + 1));
                    break;
            }
        }

        return found;
    }

    private static bool InDeclarationScope(TokenList tokens, Stack<int> enclosing)
    {
        if (enclosing.Count == 0)
        {
            return true;
        }

        var open = enclosing.Peek();
        return tokens[open].Value == "{" || (tokens[open].Value == "(" && (tokens.IsIdentifier(open - 1, "const") || tokens.IsIdentifier(open - 1, "var")));
    }

    /// <summary>The name an "=" at <paramref name="equals"/> binds, from the few tokens before it on the same statement.</summary>
    private static string? DeclaredName(TokenList tokens, int equals)
    {
        var start = equals;
        while (start > 0 && equals - start < MaxDeclaratorTokens)
        {
            var previous = tokens[start - 1];
            if (previous.Kind == TokenKind.Punctuation && previous.Value is ";" or "{" or "}" or "(" or ")" or "," or "=" or "[" or "]")
            {
                break;
            }

            start--;
            if (previous.FirstOnLine)
            {
                break;
            }
        }

        int nameIndex = -1;
        for (var i = start; i < equals; i++)
        {
            if (tokens.IsPunctuation(i, ":"))
            {
                nameIndex = i - 1;
                break;
            }

            if (tokens[i].Kind == TokenKind.Identifier && !NotNames.Contains(tokens[i].Value))
            {
                nameIndex = i;
            }
            else if (tokens[i].Kind != TokenKind.Identifier && !tokens.IsPunctuation(i, "&"))
            {
                // Member assignments (this.x = ...), destructuring and the like are not constants.
                return null;
            }
        }

        var name = tokens[nameIndex];
        return nameIndex >= start && name.Kind == TokenKind.Identifier && !NotNames.Contains(name.Value) ? name.Value : null;
    }

    private static int SkipTypeAssertion(TokenList tokens, int end) =>
        tokens.IsIdentifier(end, "as") && tokens.IsIdentifier(end + 1, "const") ? end + 2 : end;

    private static bool EndsStatement(TokenList tokens, int end)
    {
        var next = tokens[end];
        return next.IsEndOfFile || next.FirstOnLine || (next.Kind == TokenKind.Punctuation && next.Value is ";" or "," or ")" or "}" or "]");
    }
}
