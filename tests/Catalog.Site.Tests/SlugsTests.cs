using System.Security.Cryptography;
using System.Text;
using Catalog.Site.Pages;

namespace Catalog.Site.Tests;

public sealed class SlugsTests
{
    private static string Hash8(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];

    [Theory]
    [InlineData("read_file")]
    [InlineData("acme-payments-mcp")]
    [InlineData("v2")]
    public void ForPath_AlreadySafeName_Unchanged(string name)
    {
        // When a name that is already a safe segment is slugged
        var slug = Slugs.ForPath(name);

        // Then it is kept as it is
        Assert.Equal(name, slug);
    }

    [Theory]
    [InlineData("Delete", "delete")]
    [InlineData("../../x", "x")]
    [InlineData("Café Tool", "cafe-tool")]
    [InlineData("a/b\\c", "a-b-c")]
    public void ForPath_NameChangedByFolding_GetsHashOfExactName(string name, string folded)
    {
        // When a name that folding changes is slugged
        var slug = Slugs.ForPath(name);

        // Then the folded form carries the first 8 hex of the name's SHA-256
        Assert.Equal($"{folded}-{Hash8(name)}", slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("///")]
    [InlineData("\u202E\u200B")]
    [InlineData("\uD800")]
    public void ForPath_NothingLeftAfterFolding_NeverEmptyOrDots(string name)
    {
        // When a name with no usable character is slugged
        var slug = Slugs.ForPath(name);

        // Then the segment is still a safe, non-empty, non-dot name
        Assert.NotEmpty(slug);
        Assert.NotEqual(".", slug);
        Assert.NotEqual("..", slug);
        Assert.Matches("^[a-z0-9_-]+$", slug);
    }

    [Fact]
    public void ForPath_VeryLongName_Capped()
    {
        // When a 5000-character name is slugged
        var slug = Slugs.ForPath(new string('a', 5000));

        // Then the segment fits a file name
        Assert.Equal(Slugs.MaxFoldedLength + 9, slug.Length);
    }

    [Fact]
    public void ForFolder_NamesFoldingAlike_AllHashedAndDistinct()
    {
        // Given names that fold alike (two of them already safe) and one that collides with nothing
        string[] names = ["send-mail", "Send Mail", "SEND_MAIL", "send_mail", "send"];

        // When the folder's segments are allocated
        var segments = Slugs.ForFolder(names);

        // Then every name sharing a fold gets the hash, even an already safe one; the lone name stays plain
        Assert.Equal($"send-mail-{Hash8("send-mail")}", segments["send-mail"]);
        Assert.Equal($"send-mail-{Hash8("Send Mail")}", segments["Send Mail"]);
        Assert.Equal($"send_mail-{Hash8("send_mail")}", segments["send_mail"]);
        Assert.Equal($"send_mail-{Hash8("SEND_MAIL")}", segments["SEND_MAIL"]);
        Assert.Equal("send", segments["send"]);
        Assert.Equal(names.Length, segments.Values.Distinct().Count());
    }

    [Fact]
    public void ForFolder_OrderOfNames_DoesNotMatter()
    {
        // Given the same names in two orders
        string[] names = ["b", "B", "a b", "a-b", "..", "."];

        // When segments are allocated for each order
        var forward = Slugs.ForFolder(names);
        var backward = Slugs.ForFolder(names.Reverse());

        // Then each name gets the same segment
        Assert.All(names, n => Assert.Equal(forward[n], backward[n]));
    }

    [Fact]
    public void ForFolder_NameCraftedAsAnothersHashedSlug_PlainNameKeepsItAndOtherMoves()
    {
        // Given a name written to equal the hashed slug of another name in the folder
        var crafted = $"delete-{Hash8("Delete")}";

        // When segments are allocated
        var segments = Slugs.ForFolder(["Delete", crafted]);

        // Then the crafted (already safe) name keeps its segment and the other gets a longer, distinct one
        Assert.Equal(crafted, segments[crafted]);
        Assert.NotEqual(crafted, segments["Delete"]);
        Assert.StartsWith("delete-", segments["Delete"], StringComparison.Ordinal);
    }

    [Fact]
    public void ForFolder_RandomFolders_SameSegmentsInTheSameOrderAsTheReference()
    {
        // Given many folders of random names: plain, cased, spaced, accented, too long, empty, repeated, crafted after another's segment
        var random = new Random(17);
        for (var folder = 0; folder < 3000; folder++)
        {
            var names = RandomNames(random);

            // When segments are allocated
            var segments = Slugs.ForFolder(names);

            // Then they are the reference's, in the same order
            Assert.Equal(ReferenceSlugs.ForFolder(names).ToList(), segments.ToList());
        }
    }

    [Fact]
    public void ForPath_RandomNames_SameAsTheReference()
    {
        // Given random names of every kind, and names at the length where folding starts to cut
        var random = new Random(23);
        var names = Enumerable.Range(0, 3000).SelectMany(_ => RandomNames(random))
            .Concat([new string('a', Slugs.MaxFoldedLength), new string('a', Slugs.MaxFoldedLength + 1), new string('A', Slugs.MaxFoldedLength), "item", "-", "_"]);

        // Then each name's segment is the reference's
        Assert.All(names, name => Assert.Equal(ReferenceSlugs.ForPath(name), Slugs.ForPath(name)));
    }

    [Fact]
    public void IsSegment_SafeAndUnsafeTexts_OnlySlugCharacters()
    {
        // When texts are checked
        // Then only non-empty lower-case ASCII letters, digits, '-' and '_' up to twice the folded length pass
        Assert.True(Slugs.IsSegment("read_file-2"));
        Assert.True(Slugs.IsSegment(new string('a', 2 * Slugs.MaxFoldedLength)));
        Assert.False(Slugs.IsSegment(new string('a', 2 * Slugs.MaxFoldedLength + 1)));
        Assert.False(Slugs.IsSegment(null));
        Assert.False(Slugs.IsSegment(""));
        Assert.All(["Read", "a b", "a/b", "..", "caf\u00e9", "a.b", "\u0661"], text => Assert.False(Slugs.IsSegment(text)));
    }

    private static string[] RandomNames(Random random)
    {
        string[] pieces = ["send", "mail", "read_file", "x", "Delete", "caf\u00e9", "A", "  ", "/", "-", "_", ".", "\u0301", "\uD800", "\u202E", "\uFF21", "2"];
        var names = new List<string>();
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
        {
            var name = random.Next(10) switch
            {
                0 => new string('a', random.Next(98, 103)),
                1 => "",
                2 when names.Count > 0 => names[random.Next(names.Count)],
                3 when names.Count > 0 => ReferenceSlugs.ForPath(names[random.Next(names.Count)]),
                4 when names.Count > 0 => ReferenceSlugs.LongSegment(names[random.Next(names.Count)]),
                _ => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)])),
            };
            names.Add(name);
        }

        return [.. names];
    }
}
