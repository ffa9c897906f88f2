using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace Catalog.Site.Pages;

/// <summary>
/// HTML for the text of a code block (the policies shown to copy): inside an element only <c>&amp;</c> and <c>&lt;</c>
/// can start markup, so those two and <c>&gt;</c> are escaped and quotes and line breaks stay as they are. The page's
/// encoder wrote every quote as <c>&amp;quot;</c> and every line break as <c>&amp;#xA;</c>, which made a policy block
/// half again as long and was most of the encoding work of a tool page. Text with control characters or broken
/// surrogates, which never comes from the policy writers, goes through the page's encoder as before.
/// </summary>
internal static class CodeText
{
    private static readonly SearchValues<char> Markup = SearchValues.Create("&<>");

    /// <summary>Characters the page's encoder would write as references for a reason other than markup.</summary>
    private static readonly SearchValues<char> Unusual = SearchValues.Create(UnusualCharacters());

    public static string ToHtml(string text, TextEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(encoder);
        var span = text.AsSpan();
        if (span.ContainsAny(Unusual))
        {
            return encoder.Encode(text);
        }

        var next = span.IndexOfAny(Markup);
        if (next < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 32);
        while (next >= 0)
        {
            html.Append(span[..next]).Append(span[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                _ => "&gt;",
            });
            span = span[(next + 1)..];
            next = span.IndexOfAny(Markup);
        }

        return html.Append(span).ToString();
    }

    private static string UnusualCharacters()
    {
        var unusual = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\n' or '\t'))
            {
                unusual.Append(c);
            }
        }

        unusual.Append('\u007F');
        for (var c = '\u0080'; c <= '\u009F'; c++)
        {
            unusual.Append(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            unusual.Append(c);
        }

        return unusual.ToString();
    }
}
