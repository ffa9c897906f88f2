using System.Text;
using Catalog.Site.Outputs;

namespace Catalog.Site.Tests;

public sealed class Utf8PageWriterTests
{
    [Fact]
    public void Write_MixedText_IsItsUtf8()
    {
        // Given text with ASCII, accents, CJK and an emoji, written in several kinds of call
        var writer = new Utf8PageWriter(capacity: 16);
        writer.Write("<p>caf\u00E9 ");
        writer.Write('\u6F22');
        writer.Write("\U0001F600".ToCharArray(), 0, 2);
        writer.Write(" end</p>".AsSpan());

        // Then the bytes are exactly the UTF-8 of the whole text, though the buffer had to grow
        Assert.Equal(Encoding.UTF8.GetBytes("<p>caf\u00E9 \u6F22\U0001F600 end</p>"), writer.Written.ToArray());
    }

    [Fact]
    public void Write_SurrogatePairSplitAcrossWrites_EncodedAsOneCharacter()
    {
        // Given an emoji written one UTF-16 unit at a time (as an encoder writing in chunks may split it)
        var writer = new Utf8PageWriter();
        writer.Write('\uD83D');
        writer.Write('\uDE00');

        // Then it is the emoji's four bytes, not two replacement characters
        Assert.Equal(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, writer.Written.ToArray());
    }

    [Fact]
    public void WriteUtf8_AfterALoneHighSurrogate_ReplacementThenTheBytes()
    {
        // Given a high surrogate with no low one, then bytes already in UTF-8
        var writer = new Utf8PageWriter();
        writer.Write("a\uD83D");
        writer.WriteUtf8("</html>"u8);

        // Then the lone half is written as U+FFFD, as any UTF-8 writer would, and nothing is lost or reordered
        Assert.Equal(Encoding.UTF8.GetBytes("a\uFFFD</html>"), writer.Written.ToArray());
    }

    [Fact]
    public void Clear_AfterAnOutsizedPage_NextPageIsOnlyItsOwnText()
    {
        // Given a page of 5 MB (a hostile description), then a small page in the same writer
        var writer = new Utf8PageWriter();
        writer.Write(new string('x', 5 * 1024 * 1024));
        Assert.Equal(5 * 1024 * 1024, writer.Written.Length);
        writer.Clear();
        writer.Write("<p>small</p>");

        // Then the second page holds its own bytes only
        Assert.Equal("<p>small</p>"u8.ToArray(), writer.Written.ToArray());
    }

    [Fact]
    public void Write_AsciiAfterALoneHighSurrogate_ReplacementBeforeTheAscii()
    {
        // Given a piece ending in half a surrogate pair, then plain ASCII (which has a fast path of its own)
        var writer = new Utf8PageWriter();
        writer.Write("x\uD83D");
        writer.Write("abc");

        // Then the held half is let go as U+FFFD before the ASCII, not lost behind it
        Assert.Equal(Encoding.UTF8.GetBytes("x\uFFFDabc"), writer.Written.ToArray());
    }

    [Fact]
    public void Write_AsciiThenOtherCharactersInOnePiece_AllOfItInOrder()
    {
        // Given pieces that start in ASCII and go on past it, the pair split across the last two
        var writer = new Utf8PageWriter();
        writer.Write("ab\u00E9cd \uD83D");
        writer.Write("\uDE00 z");
        writer.Write("\u6F22q");

        // Then the bytes are the UTF-8 of the whole text
        Assert.Equal(Encoding.UTF8.GetBytes("ab\u00E9cd \U0001F600 z\u6F22q"), writer.Written.ToArray());
    }
}
