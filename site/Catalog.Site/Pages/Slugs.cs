using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Catalog.Site.Pages;

/// <summary>
/// Turns names taken from repositories (attacker-controlled) into single, safe path segments:
/// lower-case ASCII letters, digits, '-' and '_' only; never empty, never "." or "..", length capped.
/// A name the folding had to change gets a short hash of its exact text, so "Delete" and "delete"
/// never share a page.
/// </summary>
public static class Slugs
{
    /// <summary>Longest folded part kept before the hash suffix; server slugs (at most 100) pass unchanged.</summary>
    public const int MaxFoldedLength = 100;

    private const int ShortHashLength = 8;
    private const string EmptyFallback = "item";

    /// <summary>The characters a segment is made of.</summary>
    private static readonly SearchValues<char> SegmentCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>True for a text this class could have made: lower-case ASCII letters, digits, '-' and '_', not empty, not too long.</summary>
    public static bool IsSegment(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= 2 * MaxFoldedLength && !text.AsSpan().ContainsAnyExcept(SegmentCharacters);

    /// <summary>The segment for one name on its own: the folded name, plus <c>-</c> and 8 hex of its SHA-256 when folding changed it.</summary>
    public static string ForPath(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = Fold(name);
        return folded == name ? folded : WithHash(folded, name, ShortHashLength);
    }

    /// <summary>
    /// Segments for every name of one folder, distinct from each other and deterministic for a given
    /// set of names (their order does not matter). Names whose folded forms collide all get the hash
    /// suffix; a collision that survives that (a name crafted to look like another's hashed segment)
    /// is settled by a longer hash, then by a counter, the exact-looking name keeping the plain segment.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForFolder(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var distinct = DistinctInOrdinalOrder(names);
        var folded = new string[distinct.Length];
        var allKept = true;
        for (var i = 0; i < distinct.Length; i++)
        {
            folded[i] = Fold(distinct[i]);
            allKept &= folded[i] == distinct[i];
        }

        var result = new Dictionary<string, string>(distinct.Length, StringComparer.Ordinal);

        // The usual folder: every name is already a segment, and distinct names cannot share one.
        if (allKept)
        {
            foreach (var name in distinct)
            {
                result[name] = name;
            }

            return result;
        }

        var foldCounts = new Dictionary<string, int>(distinct.Length, StringComparer.Ordinal);
        foreach (var fold in folded)
        {
            foldCounts[fold] = foldCounts.GetValueOrDefault(fold) + 1;
        }

        var proposed = new string[distinct.Length];
        for (var i = 0; i < distinct.Length; i++)
        {
            proposed[i] = folded[i] == distinct[i] && foldCounts[folded[i]] == 1 ? folded[i] : WithHash(folded[i], distinct[i], ShortHashLength);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);

        // Names kept verbatim claim their segment first: an honest name is never renamed because of a crafted one.
        for (var i = 0; i < distinct.Length; i++)
        {
            if (proposed[i] == distinct[i])
            {
                used.Add(distinct[i]);
                result[distinct[i]] = distinct[i];
            }
        }

        for (var i = 0; i < distinct.Length; i++)
        {
            var name = distinct[i];
            if (proposed[i] == name)
            {
                continue;
            }

            var segment = proposed[i];
            if (!used.Add(segment))
            {
                segment = WithHash(folded[i], name, 64);
                for (var counter = 2; !used.Add(segment); counter++)
                {
                    segment = WithHash(folded[i], name, 64) + "-" + counter.ToString(CultureInfo.InvariantCulture);
                }
            }

            result[name] = segment;
        }

        return result;
    }

    /// <summary>The names once each, in ordinal order, so the segments do not depend on the order they were given in.</summary>
    private static string[] DistinctInOrdinalOrder(IEnumerable<string> names)
    {
        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (count == 0 || !string.Equals(sorted[i], sorted[count - 1], StringComparison.Ordinal))
            {
                sorted[count++] = sorted[i];
            }
        }

        return count == sorted.Length ? sorted : sorted[..count];
    }

    /// <summary>The folded name, '-' and the first <paramref name="hexLength"/> (even, at most 64) hex digits of the name's SHA-256.</summary>
    private static string WithHash(string folded, string name, int hexLength)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), digest);
        return string.Concat(folded, "-", Convert.ToHexStringLower(digest[..(hexLength / 2)]));
    }

    /// <summary>Keeps ASCII letters (lower-cased), digits, '-' and '_'; drops accents; any other run of characters becomes one '-'.</summary>
    private static string Fold(string name)
    {
        // Most names are already segments, and folding one gives it back unchanged.
        if (name is { Length: > 0 and <= MaxFoldedLength } && !name.AsSpan().ContainsAnyExcept(SegmentCharacters))
        {
            return name;
        }

        var builder = new StringBuilder(Math.Min(name.Length, MaxFoldedLength));
        var pendingDash = false;
        foreach (var c in Decompose(name))
        {
            if (builder.Length >= MaxFoldedLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                if (pendingDash && builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                pendingDash = true;
            }
        }

        return builder.Length == 0 ? EmptyFallback : builder.ToString();
    }

    /// <summary>Splits accents from letters; text with lone surrogates cannot be normalized and is folded as it is.</summary>
    private static string Decompose(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return name;
        }
    }
}
