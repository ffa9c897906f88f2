namespace Catalog.Classifier.Features;

/// <summary>
/// Splits identifiers into lower-case words: snake_case, kebab-case, dotted.names, camelCase and
/// PascalCase (acronyms kept whole: <c>getHTTPStatus</c> gives get, http, status). Digits stay with
/// the letters before them so <c>erc20</c> and <c>k8s</c> survive as one word.
/// </summary>
public static class NameTokenizer
{
    public static IReadOnlyList<string> Split(string? identifier)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(identifier))
        {
            return tokens;
        }

        var span = identifier.AsSpan();
        var start = -1;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(tokens, span, ref start, i);
                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            if (IsBoundary(span, i))
            {
                Flush(tokens, span, ref start, i);
                start = i;
            }
        }

        Flush(tokens, span, ref start, span.Length);
        return tokens;
    }

    private static bool IsBoundary(ReadOnlySpan<char> span, int i)
    {
        var previous = span[i - 1];
        if (!char.IsUpper(span[i]))
        {
            return false;
        }

        // "getName": lower to upper starts a word. "HTTPStatus" and "ERC20Action": after capitals or
        // digits, a capital starts a word only when a lower-case letter follows it ("K8S" stays whole).
        if (char.IsLower(previous))
        {
            return true;
        }

        return i + 1 < span.Length && char.IsLower(span[i + 1]);
    }

    private static void Flush(List<string> tokens, ReadOnlySpan<char> span, ref int start, int end)
    {
        if (start >= 0 && end > start)
        {
            tokens.Add(span[start..end].ToString().ToLowerInvariant());
        }

        start = -1;
    }
}
