using System.Text.Encodings.Web;
using Catalog.Domain.Text;
using Catalog.Site.Pages;

namespace Catalog.Site.Tests;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("plain words, all printable ASCII ~!")]
    [InlineData("lines\nand\ttabs\r\nstay")]
    [InlineData("caf\u00E9 \u6F22")]
    public void Reveal_NothingHidden_SameText(string text)
    {
        // Given text with no invisible character (ASCII, the three whitespace controls, other scripts)
        // When revealed
        var revealed = HiddenCharacters.Reveal(text);

        // Then it is the text itself
        Assert.Same(text, revealed);
    }

    [Theory]
    [InlineData("abc\u007Fdef", "abc[U+007F]def")]
    [InlineData("\u200Bstart", "[U+200B]start")]
    [InlineData("a long printable prefix before the override \u202Eevil", "a long printable prefix before the override [U+202E]evil")]
    [InlineData("caf\u00E9\u2066x", "caf\u00E9[U+2066]x")]
    [InlineData("bell\u0007", "bell[U+0007]")]
    public void Reveal_HiddenCharacterAnywhere_ShownAsItsMarker(string text, string expected)
    {
        // Given an invisible or control character at the start, in the middle after printable text, or at the end
        // When revealed
        var revealed = HiddenCharacters.Reveal(text);

        // Then it is shown as its code point
        Assert.Equal(expected, revealed);
    }

    [Fact]
    public void ToHtml_HiddenAfterPrintablePrefix_MarkedAndEncoded()
    {
        // Given markup and a zero-width joiner after it
        var html = VisibleText.ToHtml("<b>x</b>\u200D", HtmlEncoder.Default);

        // Then the markup is encoded and the joiner is a visible marker
        Assert.StartsWith("&lt;b&gt;x&lt;/b&gt;<span", html);
        Assert.Contains("[U+200D]</span>", html);
    }
}
