using System.Text;

namespace Catalog.Site.Search;

/// <summary>
/// Splits text into search terms the way <c>assets/search.js</c> splits a query: runs of letters and
/// digits, lower-cased, at least <see cref="MinLength"/> characters. Names also give their camelCase
/// parts ("readFile" gives "readfile", "read" and "file"), since people type either.
/// </summary>
internal static class SearchTerms
{
    public const int MinLength = 2;

    /// <summary>Longer runs are cut: nobody types them, and they would only bloat a shard.</summary>
    public const int MaxLength = 32;

    /// <summary>Words too common in tool descriptions to tell tools apart; names keep them.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "an", "and", "or", "of", "to", "in", "for", "on", "with", "by", "is", "it", "this", "that",
        "from", "as", "at", "be", "are", "if", "not", "its", "into", "you", "your", "can", "will", "all", "any",
        "use", "used", "using", "when", "which", "given", "returns", "return", "optional", "specified",
    };

    /// <summary>True for a text <see cref="AddName"/> or <see cref="AddWords"/> could have made a term of.</summary>
    public static bool IsTerm(string? text) =>
        text is { Length: >= MinLength and <= MaxLength } && text.All(char.IsLetterOrDigit) && text == text.ToLowerInvariant();

    /// <summary>The terms of a name: each run, and the camelCase parts of a run that has them.</summary>
    public static void AddName(string name, ICollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var at = 0; NextRun(name, ref at, out var runStart, out var runEnd);)
        {
            var run = name.AsSpan(runStart, runEnd - runStart);
            Add(run, terms);
            var start = 0;
            for (var i = 1; i < run.Length; i++)
            {
                if (char.IsUpper(run[i]) && char.IsLower(run[i - 1]))
                {
                    Add(run[start..i], terms);
                    start = i;
                }
            }

            if (start > 0)
            {
                Add(run[start..], terms);
            }
        }
    }

    /// <summary>The first <paramref name="maxWords"/> distinct words of free text, without stop words.</summary>
    public static void AddWords(string text, int maxWords, ICollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        var added = 0;
        Span<char> lower = stackalloc char[MaxLength];
        for (var at = 0; NextRun(text, ref at, out var runStart, out var runEnd);)
        {
            var length = runEnd - runStart;
            if (length < MinLength)
            {
                // Too short to be a stop word or a term: nothing to skip and nothing to add.
                continue;
            }

            if (length > MaxLength)
            {
                // Rare: the whole word is looked up before it is cut, as a string.
                var whole = text[runStart..runEnd].ToLowerInvariant();
                if (!terms.Contains(whole) && Add(whole, terms) && ++added >= maxWords)
                {
                    return;
                }

                continue;
            }

            // Most words are stop words or already taken: they are looked up as characters, without making a string.
            var word = lower[..length];
            text.AsSpan(runStart, length).ToLowerInvariant(word);
            if (StopWordLookup.Contains(word) || Contains(terms, word))
            {
                continue;
            }

            terms.Add(new string(word));
            if (++added >= maxWords)
            {
                return;
            }
        }
    }

    /// <summary>The terms of a query, as the browser computes them (for tests and the similar-tools lookup).</summary>
    public static IReadOnlyList<string> OfQuery(string query)
    {
        var terms = new List<string>();
        foreach (var run in Runs(query))
        {
            Add(run.ToLowerInvariant(), terms);
        }

        return terms;
    }

    private static bool Add(string term, ICollection<string> terms)
    {
        if (term.Length < MinLength)
        {
            return false;
        }

        if (term.Length > MaxLength)
        {
            term = term[..MaxLength];
        }

        if (terms.Contains(term))
        {
            return false;
        }

        terms.Add(term);
        return true;
    }

    /// <summary><see cref="Add(string, ICollection{string})"/> of a part of a name, lower-cased; a string is made only for a term added.</summary>
    private static bool Add(ReadOnlySpan<char> part, ICollection<string> terms)
    {
        if (part.Length < MinLength)
        {
            return false;
        }

        // Lower-casing maps each character to one (runs hold no surrogates), so cutting first cuts the same term.
        Span<char> term = stackalloc char[Math.Min(part.Length, MaxLength)];
        part[..term.Length].ToLowerInvariant(term);
        if (Contains(terms, term))
        {
            return false;
        }

        terms.Add(new string(term));
        return true;
    }

    /// <summary><c>terms.Contains</c> of a term given as characters: without a string for the collections the index uses, with one for any other.</summary>
    private static bool Contains(ICollection<string> terms, ReadOnlySpan<char> term)
    {
        switch (terms)
        {
            case List<string> list:
                foreach (var item in list)
                {
                    if (item is not null && term.SequenceEqual(item))
                    {
                        return true;
                    }
                }

                return false;
            case HashSet<string> set when set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup):
                return lookup.Contains(term);
            default:
                return terms.Contains(term.ToString());
        }
    }

    /// <summary>Moves <paramref name="at"/> past the next run of letters and digits from it; false when there is none.</summary>
    private static bool NextRun(string text, ref int at, out int start, out int end)
    {
        while (at < text.Length && !char.IsLetterOrDigit(text[at]))
        {
            at++;
        }

        start = at;
        while (at < text.Length && char.IsLetterOrDigit(text[at]))
        {
            at++;
        }

        end = at;
        return end > start;
    }

    private static IEnumerable<string> Runs(string text)
    {
        for (var at = 0; NextRun(text, ref at, out var start, out var end);)
        {
            yield return text[start..end];
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
}
