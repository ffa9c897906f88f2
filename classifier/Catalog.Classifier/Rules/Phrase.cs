namespace Catalog.Classifier.Rules;

/// <summary>Several words that must appear in a row, compared by stem (so "deleted permanently" matches "delete permanently").</summary>
internal sealed class Phrase(string[] stems, string display)
{
    private int[] ids = [];

    public IReadOnlyList<string> Stems => stems;

    public string Display => display;

    public void Bind(Vocabulary vocabulary) => ids = Array.ConvertAll(stems, vocabulary.IdOf);

    /// <param name="text">The text's words as vocabulary numbers, in order (-1 for words no rule knows).</param>
    /// <param name="present">The same words as bits.</param>
    public bool OccursIn(int[] text, ulong[] present)
    {
        // Cheap rejection first: most phrases miss on a word the text does not contain at all.
        foreach (var id in ids)
        {
            if (!Vocabulary.Has(present, id))
            {
                return false;
            }
        }

        var last = text.Length - ids.Length;
        for (var i = 0; i <= last; i++)
        {
            var j = 0;
            while (j < ids.Length && text[i + j] == ids[j])
            {
                j++;
            }

            if (j == ids.Length)
            {
                return true;
            }
        }

        return false;
    }
}
