using Catalog.Domain.Text;

namespace Catalog.Domain.Tests;

public sealed class HiddenCharactersTests
{
    [Fact]
    public void Reveal_TerminalControlSequences_EveryControlCharacterMarked()
    {
        // Given text with an escape sequence, a C1 control sequence introducer and a bell, beside tab and line breaks
        const string Text = "a\u001B[2Jb\u009B31mc\u0007\td\r\n";

        // When it is revealed
        var shown = HiddenCharacters.Reveal(Text);

        // Then the controls are markers and tab and line breaks stay
        Assert.Equal("a[U+001B][2Jb[U+009B]31mc[U+0007]\td\r\n", shown);
        Assert.True(HiddenCharacters.Any(Text));
    }

    [Fact]
    public void Reveal_NothingHidden_SameString()
    {
        // Given text in several scripts with nothing hidden
        const string Text = "Reads files · 読み取り · emoji \U0001F600";

        // When it is revealed, then it is the very same string
        Assert.False(HiddenCharacters.Any(Text));
        Assert.Same(Text, HiddenCharacters.Reveal(Text));
    }
}
