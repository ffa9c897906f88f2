using Catalog.Crawler.Sources;

namespace Catalog.Crawler.Tests.Sources;

public sealed class RepositoryNamesTests
{
    [Theory]
    [InlineData("https://github.com/acme/payments-mcp", "acme/payments-mcp")]
    [InlineData("https://github.com/acme/payments-mcp.git", "acme/payments-mcp")]
    [InlineData("git+https://github.com/acme/x", null)]
    [InlineData("http://www.github.com/Acme/X/tree/main/servers/y", "Acme/X")]
    [InlineData("github.com/acme/x", "acme/x")]
    [InlineData("https://gitlab.com/acme/x", null)]
    [InlineData("https://github.com/sponsors/acme", null)]
    [InlineData("https://github.com/acme/..", null)]
    [InlineData("https://github.com/acme", null)]
    public void TryParseUrl_Address_GivesOwnerAndNameOrNothing(string url, string? expected)
    {
        var parsed = RepositoryNames.TryParseUrl(url, out var repository);

        Assert.Equal(expected is not null, parsed);
        Assert.Equal(expected ?? "", repository);
    }

    [Theory]
    [InlineData("acme/x", true)]
    [InlineData("acme/x/y", false)]
    [InlineData("-acme/x", false)]
    [InlineData("acme/x y", false)]
    [InlineData("acme/", false)]
    public void IsValid_Name_AcceptsOnlyOwnerSlashName(string name, bool valid) => Assert.Equal(valid, RepositoryNames.IsValid(name));
}
