using Catalog.Domain.Servers;
using Catalog.Domain.Tools;
using Catalog.Site.Pages;

namespace Catalog.Site.Tests;

/// <summary>Links to where a tool is defined: each server's own repository and commit, whatever was linked before it.</summary>
public sealed class RepositoryLinksTests
{
    private const string CommitA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string CommitB = "bbbbbbb";

    private static readonly ServerIdentity Identity = new() { Slug = "s", Name = "acme/s", Repository = "acme/s" };

    private static ServerFacts Facts(string? url, string? commit) => new() { RepositoryUrl = url, HeadCommit = commit };

    [Fact]
    public void Definition_ServersInTurnOnOneThread_EachLinksItsOwnRepositoryAndCommit()
    {
        // Given servers that differ in their address, their commit or both, asked about one after the other
        var location = new SourceLocation("src/a.ts", 7);
        var servers = new[]
        {
            Facts("https://github.com/acme/a", CommitA),
            Facts("https://github.com/acme/a", CommitB),
            Facts("https://github.com/acme/b/", CommitB),
            Facts("https://github.com/acme/b/", null),
            Facts("javascript:alert(1)", CommitA),
            Facts("https://github.com/acme/a", CommitA),
        };

        // When each tool's definition is linked
        var links = servers.Select(f => RepositoryLinks.Definition(Identity, f, location).Url).ToList();

        // Then each link is its own server's, and those that cannot be linked are not
        Assert.Equal(
            [
                $"https://github.com/acme/a/blob/{CommitA}/src/a.ts#L7",
                $"https://github.com/acme/a/blob/{CommitB}/src/a.ts#L7",
                $"https://github.com/acme/b/blob/{CommitB}/src/a.ts#L7",
                null,
                null,
                $"https://github.com/acme/a/blob/{CommitA}/src/a.ts#L7",
            ],
            links);
    }

    [Theory]
    [InlineData("", "/src/a.ts", "src/a.ts")]
    [InlineData("pkg", "pkg/a.ts", "pkg/a.ts")]
    [InlineData("/pkg/", "pkgx/a.ts", "pkg/pkgx/a.ts")]
    [InlineData("pkg", "pkg", "pkg/pkg")]
    [InlineData("", "src/my tools/ä#?.ts", "src/my%20tools/%C3%A4%23%3F.ts")]
    [InlineData("my pkg", "a~b/-._x.ts", "my%20pkg/a~b/-._x.ts")]
    [InlineData("", "a//%41", "a//%2541")]
    public void Definition_PathsAndSubfolders_EachSegmentEscapedUnderTheSubfolder(string subfolder, string path, string linked)
    {
        // Given a tool defined at a path of a server in a subfolder of its repository
        var identity = Identity with { Subfolder = subfolder };

        // When its definition is linked
        var link = RepositoryLinks.Definition(identity, Facts("https://github.com/acme/a", CommitA), new SourceLocation(path, 0));

        // Then the path is under the subfolder once, each segment escaped, and the line is at least 1
        Assert.Equal($"https://github.com/acme/a/blob/{CommitA}/{linked}#L1", link.Url);
        Assert.Equal($"{path}:0", link.Text);
    }
}
