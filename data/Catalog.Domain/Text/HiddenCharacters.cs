using System.Globalization;
using System.Text;

namespace Catalog.Domain.Text;

/// <summary>
/// Invisible and direction-changing characters in a repository's text, and the markers that show them. Escaping is
/// not enough for them: a reference to U+202E still reverses the text after it, a zero-width space still hides in a
/// name that looks like another, and an escape character sent to a terminal starts a control sequence. Each one is
/// shown as its code point, e.g. <c>[U+202E]</c>, wherever the catalogue shows repository text: pages, feeds, the
/// command line.
/// </summary>
public static class HiddenCharacters
{
    /// <summary>Format characters (zero-width, bidi controls, BOM, tags), line and paragraph separators, and control characters other than tab and line breaks.</summary>
    public static bool IsHidden(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Format => true,
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.Control => rune.Value is not ('\t' or '\n' or '\r'),
        _ => false,
    };

    public static string Marker(Rune rune) => "[U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture) + "]";

    /// <summary>True when the text holds at least one hidden character.</summary>
    public static bool Any(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Printable ASCII hides nothing; most text is only that, and one vectorised scan settles it.
        var first = text.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (first < 0)
        {
            return false;
        }

        foreach (var rune in text.AsSpan(first).EnumerateRunes())
        {
            if (IsHidden(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every hidden character replaced by its marker; the same string when it has none.</summary>
    public static string Reveal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Any(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHidden(rune))
            {
                builder.Append(Marker(rune));
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}
