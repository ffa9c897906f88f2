using System.Text;
using Catalog.Site.Outputs;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>The export the render threads make: lines handed over in any order, written in reading order.</summary>
public sealed class OrderedExportTests
{
    private const string ExportPath = "api/catalog.jsonl.gz";

    private static OrderedExport.Lines LinesOf(string segment, params string[] lines)
    {
        var member = Gzip(string.Concat(lines.Select(l => l + "\n")));
        return new OrderedExport.Lines(segment, (UInt128)segment.Length, member, lines.Length, ExportReuse.HashOf(member));
    }

    private static byte[] Gzip(string text)
    {
        using var bytes = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(bytes, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return bytes.ToArray();
    }

    [Fact]
    public void Add_OutOfOrder_WrittenInReadingOrderWithEachServersPlaceRecorded()
    {
        // Given an export in a staged site
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        using (var site = StagedSite.Open(output))
        {
            using (var export = new OrderedExport(site, ExportPath))
            {
                // When the servers read third, first, second (not rendered) and fourth are handed over in that order
                export.Add(2, LinesOf("c", "{\"c\":1}"));
                Assert.Equal(0, export.Appended);
                export.Add(0, LinesOf("a", "{\"a\":1}", "{\"a\":2}"));
                Assert.Equal(1, export.Appended);
                export.Add(1, null);
                Assert.Equal(3, export.Appended);
                export.Add(3, LinesOf("d", "{\"d\":1}"));
                Assert.Equal(4, export.Appended);
            }

            site.Commit();
        }

        // Then the file holds the servers in reading order, and the manifest where each one's lines are
        var file = File.ReadAllBytes(Path.Combine(output, "api", "catalog.jsonl.gz"));
        Assert.Equal("{\"a\":1}\n{\"a\":2}\n{\"c\":1}\n{\"d\":1}\n", BuiltSite.Gunzip(file));
        var spans = SiteManifest.Read(Path.Combine(output, SiteManifest.FileName))!.Exports;
        Assert.Equal(["a", "c", "d"], spans.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, spans["a"].Offset);
        Assert.Equal(spans["a"].Length, spans["c"].Offset);
        Assert.Equal(file.Length, spans["d"].Offset + spans["d"].Length);
        Assert.Equal(2, spans["a"].Lines);
        foreach (var (segment, span) in spans)
        {
            Assert.Equal(ExportReuse.HashOf(file.AsSpan((int)span.Offset, (int)span.Length)), span.Hash);
            Assert.Equal((UInt128)segment.Length, span.Content);
        }
    }

    [Fact]
    public void Add_SamePlaceTwice_Refused()
    {
        // Given an export that has the server read first
        using var temp = new TemporaryDirectory();
        using var site = StagedSite.Open(temp.Combine("site"));
        using var export = new OrderedExport(site, ExportPath);
        export.Add(0, LinesOf("a", "{}"));
        export.Add(2, LinesOf("c", "{}"));

        // When the first and the third are handed over again
        // Then both are refused: a server's lines must not be written twice
        Assert.Throws<InvalidOperationException>(() => export.Add(0, LinesOf("a", "{}")));
        Assert.Throws<InvalidOperationException>(() => export.Add(2, LinesOf("c", "{}")));
        Assert.Equal(1, export.Appended);
    }
}
