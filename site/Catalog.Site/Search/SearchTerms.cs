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
        foreach (var run in Runs(name))
        {
            Add(run.ToLowerInvariant(), terms);
            var start = 0;
            for (var i = 1; i < run.Length; i++)
            {
                if (char.IsUpper(run[i]) && char.IsLower(run[i - 1]))
                {
                    Add(run[start..i].ToLowerInvariant(), terms);
                    start = i;
                }
            }

            if (start > 0)
            {
                Add(run[start..].ToLowerInvariant(), terms);
            }
        }
    }

    /// <summary>The first <paramref name="maxWords"/> distinct words of free text, without stop words.</summary>
    public static void AddWords(string text, int maxWords, ICollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        var added = 0;
        foreach (var run in Runs(text))
        {
            var word = run.ToLowerInvariant();
            if (StopWords.Contains(word) || terms.Contains(word))
            {
                continue;
            }

            if (Add(word, terms) && ++added >= maxWords)
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

    private static IEnumerable<string> Runs(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inRun = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
