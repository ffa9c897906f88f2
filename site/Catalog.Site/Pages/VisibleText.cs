using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Catalog.Site.Pages;

/// <summary>
/// Makes invisible and direction-changing characters visible. Escaping alone is not enough for them:
/// <c>&amp;#x202E;</c> still reverses the text after it, and a zero-width space still hides in a name
/// that looks like another. Each one is shown as its code point, e.g. <c>[U+202E]</c>.
/// </summary>
internal static class VisibleText
{
    public const string MarkerClass = "invisible-char";

    /// <summary>Format characters (zero-width, bidi controls, BOM, tags), line and paragraph separators, and control characters other than tab and line breaks.</summary>
    public static bool IsHidden(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Format => true,
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.Control => rune.Value is not ('\t' or '\n' or '\r'),
        _ => false,
    };

    public static string Marker(Rune rune) => "[U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture) + "]";

    /// <summary>Plain text with every hidden character replaced by its marker; still needs HTML encoding where it is used.</summary>
    public static string Reveal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasHidden(text))
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

    /// <summary>HTML for the text: every run of ordinary characters encoded, every hidden character as its marker in a marked span.</summary>
    public static string ToHtml(string text, TextEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(encoder);
        if (!HasHidden(text))
        {
            return encoder.Encode(text);
        }

        var html = new StringBuilder(text.Length + 64);
        var plain = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsHidden(rune))
            {
                plain.Append(rune.ToString());
                continue;
            }

            html.Append(encoder.Encode(plain.ToString()));
            plain.Clear();
            var marker = Marker(rune);
            html.Append("<span class=\"").Append(MarkerClass).Append("\" title=\"invisible character ")
                .Append(marker[1..^1]).Append("\">").Append(marker).Append("</span>");
        }

        html.Append(encoder.Encode(plain.ToString()));
        return html.ToString();
    }

    private static bool HasHidden(string text)
    {
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
}
