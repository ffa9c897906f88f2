using System.Text.Json;
using System.Xml.Linq;

namespace Catalog.Site.BrowserTests;

/// <summary>The machine-readable files a person downloads from the footer, as the HTTP server serves them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DownloadTests(BrowserSite site)
{
    [Fact]
    public async Task FooterLinks_ExportAndFeed_ServedAndParsable()
    {
        // Given the home page's footer links to the export and the feed
        var (page, errors) = await site.OpenAsync("/");
        var export = await page.Locator("footer a", new() { HasText = "whole catalogue" }).GetAttributeAsync("href");
        var feed = await page.Locator("footer a", new() { HasText = "changes feed" }).GetAttributeAsync("href");

        // When both are fetched
        var exportResponse = await page.APIRequest.GetAsync(site.BaseUrl + export);
        var feedResponse = await page.APIRequest.GetAsync(site.BaseUrl + feed);

        // Then the export is gzip holding one JSON object per tool of the catalogue, and the feed is Atom with an entry per change
        Assert.Equal(200, exportResponse.Status);
        Assert.Contains("gzip", exportResponse.Headers["content-type"], StringComparison.Ordinal);
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(await exportResponse.BodyAsync()), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(BrowserCatalog.Servers().Sum(s => s.Tools.Count), lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        var atom = XDocument.Parse(await feedResponse.TextAsync());
        Assert.Equal(BrowserCatalog.Changes().Count, atom.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
