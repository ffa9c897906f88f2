using Catalog.Crawler.Repositories;

namespace Catalog.Crawler.Tests.Repositories;

public sealed class ServerSlugsTests
{
    [Theory]
    [InlineData("Acme/Payments_MCP", "acme-payments-mcp")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("Café Ωmega", "cafe-mega")]
    [InlineData("", "server")]
    [InlineData("---", "server")]
    public void Normalize_AnyText_GivesUrlSafeSlug(string text, string expected)
    {
        Assert.Equal(expected, ServerSlugs.Normalize(text));
    }

    [Fact]
    public void ForServer_Subfolder_AddsLastSegment()
    {
        Assert.Equal("acme-platform-billing-mcp", ServerSlugs.ForServer("acme-platform", "packages/billing-mcp"));
        Assert.Equal("acme-platform", ServerSlugs.ForServer("acme-platform", ""));
    }

    [Fact]
    public void Normalize_VeryLongText_IsCapped()
    {
        Assert.True(ServerSlugs.Normalize(new string('a', 1000)).Length <= 100);
    }
}
