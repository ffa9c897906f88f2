using System.Text;
using System.Text.Encodings.Web;
using Catalog.Domain.Text;

namespace Catalog.Site.Pages;

/// <summary>
/// Shows invisible and direction-changing characters on the site's pages (see <see cref="HiddenCharacters"/>):
/// as markers in plain text, and as marked spans in HTML.
/// </summary>
internal static class VisibleText
{
    public const string MarkerClass = "invisible-char";

    /// <inheritdoc cref="HiddenCharacters.IsHidden"/>
    public static bool IsHidden(Rune rune) => HiddenCharacters.IsHidden(rune);

    /// <inheritdoc cref="HiddenCharacters.Marker"/>
    public static string Marker(Rune rune) => HiddenCharacters.Marker(rune);

    /// <summary>Plain text with every hidden character replaced by its marker; still needs HTML encoding where it is used.</summary>
    public static string Reveal(string text) => HiddenCharacters.Reveal(text);

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

    private static bool HasHidden(string text) => HiddenCharacters.Any(text);
}
