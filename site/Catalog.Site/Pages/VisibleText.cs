using System.Text;
using System.Text.Encodings.Web;
using Catalog.Domain.Text;

namespace Catalog.Site.Pages;

/// <summary>
/// Shows invisible and direction-changing characters on the site's pages (see <see cref="HiddenCharacters"/>):
/// as marked spans in HTML; plain text (titles, attributes, feeds) uses <see cref="HiddenCharacters.Reveal"/>.
/// </summary>
internal static class VisibleText
{
    public const string MarkerClass = "invisible-char";

    /// <summary>HTML for the text: every run of ordinary characters encoded, every hidden character as its marker in a marked span.</summary>
    public static string ToHtml(string text, TextEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(encoder);
        if (!HiddenCharacters.Any(text))
        {
            return encoder.Encode(text);
        }

        var html = new StringBuilder(text.Length + 64);
        var plain = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!HiddenCharacters.IsHidden(rune))
            {
                plain.Append(rune.ToString());
                continue;
            }

            html.Append(encoder.Encode(plain.ToString()));
            plain.Clear();
            var marker = HiddenCharacters.Marker(rune);
            html.Append("<span class=\"").Append(MarkerClass).Append("\" title=\"invisible character ")
                .Append(marker[1..^1]).Append("\">").Append(marker).Append("</span>");
        }

        html.Append(encoder.Encode(plain.ToString()));
        return html.ToString();
    }

}
