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

    /// <summary>True for a text this class could have made: lower-case ASCII letters, digits, '-' and '_', not empty, not too long.</summary>
    public static bool IsSegment(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= 2 * MaxFoldedLength && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');

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
        var distinct = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var foldCounts = distinct.GroupBy(Fold, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var proposed = distinct.ToDictionary(
            n => n,
            n =>
            {
                var folded = Fold(n);
                return folded == n && foldCounts[folded] == 1 ? folded : WithHash(folded, n, ShortHashLength);
            },
            StringComparer.Ordinal);

        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);

        // Names kept verbatim claim their segment first: an honest name is never renamed because of a crafted one.
        foreach (var name in distinct.Where(n => proposed[n] == n))
        {
            used.Add(name);
            result[name] = name;
        }

        foreach (var name in distinct.Where(n => proposed[n] != n))
        {
            var segment = proposed[name];
            if (!used.Add(segment))
            {
                segment = WithHash(Fold(name), name, 64);
                for (var counter = 2; !used.Add(segment); counter++)
                {
                    segment = WithHash(Fold(name), name, 64) + "-" + counter.ToString(CultureInfo.InvariantCulture);
                }
            }

            result[name] = segment;
        }

        return result;
    }

    private static string WithHash(string folded, string name, int hexLength)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return folded + "-" + Convert.ToHexStringLower(digest)[..hexLength];
    }

    /// <summary>Keeps ASCII letters (lower-cased), digits, '-' and '_'; drops accents; any other run of characters becomes one '-'.</summary>
    private static string Fold(string name)
    {
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
