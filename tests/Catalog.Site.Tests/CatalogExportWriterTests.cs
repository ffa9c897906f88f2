using System.Text;
using System.Text.Json;
using Catalog.Domain.Catalog;
using Catalog.Site.Outputs;
using Catalog.Site.Pages;

namespace Catalog.Site.Tests;

/// <summary>A server's export lines as made in the first pass: the site's JSON, one member per server, nothing carried between servers.</summary>
public sealed class CatalogExportWriterTests
{
    private static readonly CatalogServer[] Servers = [SampleCatalog.Files(), SampleCatalog.Local()];

    private static ServerAddresses AddressesOf(CatalogServer server) => new PageLinks().ForServer(server.Slug, server.Tools.Select(t => t.Name));

    [Fact]
    public void Serialize_SampleServers_EachLineAsTheSiteSerializerWritesIt()
    {
        foreach (var server in Servers)
        {
            // Given a server's lines
            var lines = BuiltSite.Gunzip(CatalogExportWriter.Serialize(server, AddressesOf(server)).Lines).Split('\n');

            // When each is read and written again, compact, by the site's own serializer
            var again = lines[..^1].Select(line => Compact(JsonSerializer.Deserialize(line, SiteJsonContext.Default.ApiExportTool)!));

            // Then it is the same text, hostile names and descriptions included, and every line ends in a newline
            Assert.Equal(lines[..^1], again);
            Assert.Equal("", lines[^1]);
        }
    }

    [Fact]
    public void Serialize_AfterALargerServerOnTheSameThread_TheSameBytesAsAlone()
    {
        // Given a server with far more to write (and to compress) than the buffers a thread keeps, and the sample servers
        var files = SampleCatalog.Files();
        var random = new Random(5);
        var large = files with { Tools = [.. files.Tools.Select(t => t with { Definition = t.Definition with { Description = Noise(random, 300_000) } })] };
        CatalogServer[] servers = [.. Servers, large, .. Servers];

        // When they are serialised in turn on one thread, and each alone on a thread of its own
        var inTurn = servers.Select(s => CatalogExportWriter.Serialize(s, AddressesOf(s))).ToList();
        var alone = servers.Select(s => FreshThread.Run(() => CatalogExportWriter.Serialize(s, AddressesOf(s)))).ToList();

        // Then each server's member and line count are its own
        for (var i = 0; i < servers.Length; i++)
        {
            Assert.Equal(alone[i].Count, inTurn[i].Count);
            Assert.Equal(alone[i].Lines, inTurn[i].Lines);
        }

        Assert.Equal(inTurn[0].Lines, inTurn[^2].Lines);
    }

    private static string Noise(Random random, int length) => string.Create(length, random, (chars, r) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)r.Next(0x20, 0x7f);
        }
    });

    private static string Compact(Catalog.Site.Outputs.Api.ApiExportTool tool)
    {
        using var bytes = new MemoryStream();
        using (var writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { Encoder = SiteJson.WriterOptions.Encoder }))
        {
            JsonSerializer.Serialize(writer, tool, SiteJsonContext.Default.ApiExportTool);
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
