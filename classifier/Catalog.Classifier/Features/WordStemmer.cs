namespace Catalog.Classifier.Features;

/// <summary>
/// A deliberately small English stemmer for verbs and plural nouns: "deletes", "deleted",
/// "deleting" and "delete" all give the same stem. It is applied both to rule words and to tool
/// text, so stems only have to agree with each other, not be dictionary words.
/// </summary>
public static class WordStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        if (w.Length <= 3)
        {
            return w;
        }

        if (w.Length > 4 && (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal)))
        {
            return string.Concat(w.AsSpan(0, w.Length - 3), "y");
        }

        if (w.Length >= 6 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return TrimFinalE(Undouble(w[..^3]));
        }

        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal))
        {
            return TrimFinalE(Undouble(w[..^2]));
        }

        if (w.Length >= 5 && w.EndsWith("es", StringComparison.Ordinal) && EndsWithSibilant(w.AsSpan(0, w.Length - 2)))
        {
            return w[..^2];
        }

        if (w.Length >= 4 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            return TrimFinalE(w[..^1]);
        }

        return TrimFinalE(w);
    }

    private static bool EndsWithSibilant(ReadOnlySpan<char> stem) =>
        stem.EndsWith("ss") || stem.EndsWith("sh") || stem.EndsWith("ch") || stem.EndsWith("x") || stem.EndsWith("z");

    // "stopped" -> "stopp" -> "stop"; but "add" and "call" keep their double letter.
    private static string Undouble(string stem)
    {
        if (stem.Length >= 4 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') && !IsVowel(stem[^1]))
        {
            return stem[..^1];
        }

        return stem;
    }

    // Also folds a long stem's final "ll" so "install", "installed" and "cancelled"/"canceled" agree.
    private static string TrimFinalE(string stem)
    {
        if (stem.Length >= 4 && stem[^1] == 'e' && stem[^2] != 'e')
        {
            return stem[..^1];
        }

        return stem.Length >= 6 && stem.EndsWith("ll", StringComparison.Ordinal) ? stem[..^1] : stem;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
