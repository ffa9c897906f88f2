using System.Text;
using System.Text.RegularExpressions;

namespace Catalog.Cli.Evaluation;

/// <summary>
/// Descriptions put in the labelled dataset's form before they are compared: whitespace runs collapsed to
/// one space, and text longer than 600 characters cut to 597, stripped of a trailing space, plus "...", counted in
/// Unicode characters the way the dataset's own tooling counts them (its 599-character entries show the strip).
/// </summary>
public static partial class DescriptionText
{
    private const int MaxLength = 600;
    private const string Ellipsis = "...";

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var runes = collapsed.EnumerateRunes().ToList();
        if (runes.Count <= MaxLength)
        {
            return collapsed;
        }

        var cut = new StringBuilder();
        foreach (var rune in runes.Take(MaxLength - Ellipsis.Length))
        {
            cut.Append(rune.ToString());
        }

        return cut.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// True when <paramref name="expected"/> holds run-time parts (<c>${...}</c> or <c>{...}</c>) and
    /// <paramref name="found"/> equals it once each such part may stand for any text. Both are normalised first.
    /// </summary>
    public static bool MatchesWithPlaceholders(string expected, string found)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(found);
        var parts = Placeholder().Split(expected);
        if (parts.Length < 2)
        {
            return false;
        }

        var pattern = "^" + string.Join(".*?", parts.Select(Regex.Escape)) + "$";
        return Regex.IsMatch(found, pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"\$?\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
