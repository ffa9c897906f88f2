using System.Collections.Frozen;

namespace Catalog.Classifier.Rules;

/// <summary>
/// Every stem some rule mentions, numbered once when the rule set is built. A tool's words become
/// bits over these numbers, so a rule's "any of these words" test is a few AND operations instead
/// of a hash lookup per word; words no rule mentions are simply not numbered.
/// </summary>
internal sealed class Vocabulary
{
    private readonly FrozenDictionary<string, int> ids;

    public Vocabulary(IEnumerable<string> stems)
    {
        var numbered = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            numbered.TryAdd(stem, numbered.Count);
        }

        ids = numbered.ToFrozenDictionary(StringComparer.Ordinal);
        WordCount = (ids.Count + 63) / 64;
    }

    /// <summary>How many 64-bit words a set of stems over this vocabulary takes.</summary>
    public int WordCount { get; }

    /// <summary>The stem's number, or -1 when no rule mentions it.</summary>
    public int IdOf(string stem) => ids.TryGetValue(stem, out var id) ? id : -1;

    public static bool Has(ulong[] bits, int id) => id >= 0 && (bits[id >> 6] & (1UL << (id & 63))) != 0;

    public static void Set(ulong[] bits, int id)
    {
        if (id >= 0)
        {
            bits[id >> 6] |= 1UL << (id & 63);
        }
    }

    public static bool Intersects(ulong[] left, ulong[] right)
    {
        for (var i = 0; i < left.Length; i++)
        {
            if ((left[i] & right[i]) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
