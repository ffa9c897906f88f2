namespace Catalog.Classifier.Rules;

/// <summary>
/// The words of one rule condition, in the order the rule lists them. Bound once to the rule set's
/// <see cref="Vocabulary"/>; afterwards "does the tool mention any of them" is a bit-mask test, and
/// the word to cite is looked up only when the rule fires.
/// </summary>
internal sealed class TermSet(Term[] terms)
{
    private int[] ids = [];
    private ulong[] mask = [];

    public IReadOnlyList<Term> Terms => terms;

    public void Bind(Vocabulary vocabulary)
    {
        ids = new int[terms.Length];
        mask = new ulong[vocabulary.WordCount];
        for (var i = 0; i < terms.Length; i++)
        {
            ids[i] = vocabulary.IdOf(terms[i].Stem);
            Vocabulary.Set(mask, ids[i]);
        }
    }

    /// <summary>The first listed word present in <paramref name="bits"/>, as the rule wrote it; null when none is.</summary>
    public string? FirstIn(ulong[] bits)
    {
        if (!Vocabulary.Intersects(mask, bits))
        {
            return null;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (Vocabulary.Has(bits, ids[i]))
            {
                return terms[i].Display;
            }
        }

        return null;
    }

    /// <summary>The listed word whose stem has number <paramref name="id"/>, as the rule wrote it; null when it is not listed.</summary>
    public string? Find(int id)
    {
        if (!Vocabulary.Has(mask, id))
        {
            return null;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] == id)
            {
                return terms[i].Display;
            }
        }

        return null;
    }
}
