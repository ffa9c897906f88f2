namespace Catalog.Classifier.Features;

/// <summary>Splits free text into lower-case words (runs of letters and digits), allocating one string per word.</summary>
public static class TextTokenizer
{
    public static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                words.Add(Lower(text[start..i]));
                start = -1;
            }
        }

        return words;
    }

    private static string Lower(ReadOnlySpan<char> word)
    {
        if (word.Length > 128 || !HasUpper(word))
        {
            return word.Length > 128 ? word.ToString().ToLowerInvariant() : new string(word);
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.ToLowerInvariant(buffer);
        return new string(buffer);
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
