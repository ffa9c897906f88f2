using Catalog.Site.Outputs;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>The paths a staged site accepts: every file of a build is written through them, hostile names included.</summary>
public sealed class StagedSitePathTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("../outside.html")]
    [InlineData("servers/../../outside.html")]
    [InlineData("servers/./index.html")]
    [InlineData("servers//index.html")]
    [InlineData("servers/")]
    [InlineData("servers/x/..")]
    [InlineData("servers\\..\\outside.html")]
    [InlineData("servers/a\0b/index.html")]
    public void Write_PathThatIsNotPlainRelative_RefusedAndNothingWritten(string relativePath)
    {
        // Given a staged site in a folder of its own
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        using var site = StagedSite.Open(output);
        var before = Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        // When a file is written at the path
        var refused = Assert.Throws<InvalidOperationException>(() => site.Write(relativePath, "<p>x</p>"));

        // Then it is refused by name and nothing appeared anywhere
        Assert.Contains("Refusing to write", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Resolve_PlainRelativePath_IsTheRootJoinedWithIt()
    {
        // Given a root as the staged site makes it: a full path with no trailing separator
        using var temp = new TemporaryDirectory();
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(temp.Path));

        // When a nested path with dots inside its names is resolved
        var resolved = StagedSite.Resolve(root, "servers/acme.files/tools/..name../index.html");

        // Then it is that path under the root, as the file system would resolve it
        Assert.Equal(Path.Combine(root, "servers", "acme.files", "tools", "..name..", "index.html"), resolved);
        Assert.Equal(Path.GetFullPath(resolved), resolved);
    }
}
