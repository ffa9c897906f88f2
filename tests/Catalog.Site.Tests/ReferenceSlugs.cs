using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Catalog.Site.Tests;

/// <summary>
/// The folder allocation as first written (LINQ over the names, every name folded afresh each time it is
/// needed), kept as the reference the faster <see cref="Pages.Slugs"/> must match name for name and in order.
/// </summary>
internal static class ReferenceSlugs
{
    public static string ForPath(string name)
    {
        var folded = Fold(name);
        return folded == name ? folded : WithHash(folded, name, 8);
    }

    public static IReadOnlyDictionary<string, string> ForFolder(IEnumerable<string> names)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var foldCounts = distinct.GroupBy(Fold, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var proposed = distinct.ToDictionary(
            n => n,
            n => Fold(n) is var folded && folded == n && foldCounts[folded] == 1 ? folded : WithHash(folded, n, 8),
            StringComparer.Ordinal);

        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
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

    /// <summary>The segment a name gets when its short one is taken: what a crafted name copies to force the counter.</summary>
    public static string LongSegment(string name) => WithHash(Fold(name), name, 64);

    private static string WithHash(string folded, string name, int hexLength) =>
        folded + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..hexLength];

    private static string Fold(string name)
    {
        string decomposed;
        try
        {
            decomposed = name.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            decomposed = name;
        }

        var builder = new StringBuilder();
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (builder.Length >= Pages.Slugs.MaxFoldedLength)
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

        return builder.Length == 0 ? "item" : builder.ToString();
    }
}
