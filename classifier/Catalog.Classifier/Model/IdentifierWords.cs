using System.Text;

namespace Catalog.Classifier.Model;

/// <summary>
/// Splits identifiers into lower-case words: snake_case, kebab-case, dotted.names, camelCase and
/// PascalCase, with acronyms kept whole (<c>getHTTPStatus</c> gives get, http, status) and digits kept
/// with the letters before them (<c>erc20</c>, <c>k8s</c>). The model's own copy: its features must not
/// move when the rules' tokenizer changes, or the committed model would silently score different inputs.
/// </summary>
internal static class IdentifierWords
{
    public static List<string> Split(string? identifier, bool splitCase = true)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(identifier))
        {
            return words;
        }

        var current = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (splitCase && current.Length > 0 && IsCaseBoundary(identifier, i))
            {
                Flush(words, current);
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    private static bool IsCaseBoundary(string text, int i)
    {
        var previous = text[i - 1];
        var current = text[i];
        if (!char.IsUpper(current))
        {
            return false;
        }

        // fooBar -> foo|Bar; HTTPStatus -> HTTP|Status (the last capital starts the next word).
        return char.IsLower(previous)
            || char.IsDigit(previous)
            || (char.IsUpper(previous) && i + 1 < text.Length && char.IsLower(text[i + 1]));
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
