namespace Catalog.Classifier.Rules;

/// <summary>Several words that must appear in a row, compared by stem (so "deleted permanently" matches "delete permanently").</summary>
internal sealed record Phrase(string[] Stems, string Display)
{
    public bool OccursIn(IReadOnlyList<string> stems, IReadOnlySet<string> present)
    {
        // Cheap rejection first: most phrases miss on a word the text does not contain at all.
        foreach (var stem in Stems)
        {
            if (!present.Contains(stem))
            {
                return false;
            }
        }

        var last = stems.Count - Stems.Length;
        for (var i = 0; i <= last; i++)
        {
            var j = 0;
            while (j < Stems.Length && string.Equals(stems[i + j], Stems[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (j == Stems.Length)
            {
                return true;
            }
        }

        return false;
    }
}
