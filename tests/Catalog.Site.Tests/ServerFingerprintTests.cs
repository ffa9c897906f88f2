using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Tools;
using Catalog.Site.Pipeline;

namespace Catalog.Site.Tests;

/// <summary>The server's part of the fingerprint: anything a page could show must move it, or a stale page would be kept.</summary>
public sealed class ServerFingerprintTests
{
    public static TheoryData<string> Changes() =>
        ["stars", "license", "source", "updated", "title", "description", "hint", "schema", "location", "method", "reason", "confidence", "history", "history description", "tool added"];

    private static CatalogServer Changed(CatalogServer server, string change)
    {
        var tool = server.Tools[0];
        CatalogServer WithTool(CatalogTool changed) => server with { Tools = [changed, .. server.Tools.Skip(1)] };
        return change switch
        {
            "stars" => server with { Facts = server.Facts with { Stars = server.Facts.Stars + 1 } },
            "license" => server with { Facts = server.Facts with { License = "Apache-2.0" } },
            "source" => server with { Source = "registry" },
            "updated" => server with { UpdatedAt = server.UpdatedAt.AddSeconds(1) },
            "title" => WithTool(tool with { Definition = tool.Definition with { Title = "Another title" } }),
            "description" => WithTool(tool with { Definition = tool.Definition with { Description = tool.Definition.Description + " Also deletes." } }),
            "method" => WithTool(tool with { Definition = tool.Definition with { Method = ExtractionMethods.Manifest } }),
            "hint" => WithTool(tool with { Definition = tool.Definition with { Annotations = new ToolAnnotations(OpenWorldHint: true) } }),
            "schema" => WithTool(tool with { Definition = tool.Definition with { InputSchema = """{"type":"object"}""" } }),
            "location" => WithTool(tool with { Definition = tool.Definition with { Location = new SourceLocation("src/other.ts", 99) } }),
            "reason" => WithTool(tool with { Classification = tool.Classification! with { Reasons = [new ClassificationReason("other", "Another reason.")] } }),
            "confidence" => WithTool(tool with { Classification = tool.Classification! with { Confidence = 0.5 } }),
            "history" => WithTool(tool with { History = [.. tool.History, new ToolVersionInfo(3, "cccc", SampleCatalog.Day2.AddDays(1), 3, "third")] }),
            "history description" => WithTool(tool with { History = [.. tool.History.SkipLast(1), tool.History[^1] with { ContentHash = "dddd", Description = "Changed." }] }),
            "tool added" => server with { Tools = [.. server.Tools, SampleCatalog.Labelled(Catalog.Testing.ToolDefinitionBuilder.Tool("zz_new", "New."), ToolCategory.Read, RiskLevel.Low)] },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Content_AnyFieldChanged_Differs(string change)
    {
        // Given a server, when one field anywhere in it changes
        var server = SampleCatalog.Files();
        var changed = Changed(server, change);

        // Then its content hash differs, and the same server hashes the same every time
        Assert.NotEqual(ServerFingerprint.Content(server), ServerFingerprint.Content(changed));
        Assert.Equal(ServerFingerprint.Content(server), ServerFingerprint.Content(SampleCatalog.Files()));
    }

    [Fact]
    public void Content_AfterALargerServerOnTheSameThread_EqualsItsContentAlone()
    {
        // Given a server whose JSON is far larger than the buffer a thread keeps, and a small one
        var files = SampleCatalog.Files();
        var large = files with { Facts = files.Facts with { Description = new string('x', 3_000_000) } };
        var small = SampleCatalog.Server("small", [SampleCatalog.Labelled(Catalog.Testing.ToolDefinitionBuilder.Tool("a", "A."), ToolCategory.Read, RiskLevel.Low)]);

        // When they are hashed in turn on one thread, and each alone on a thread of its own
        var inTurn = new[] { ServerFingerprint.Content(files), ServerFingerprint.Content(large), ServerFingerprint.Content(small), ServerFingerprint.Content(files) };
        var alone = new[] { files, large, small, files }.Select(s => FreshThread.Run(() => ServerFingerprint.Content(s)));

        // Then nothing of one server reaches the next one's hash: each is the SHA-256 of its own JSON
        Assert.Equal(alone, inTurn);
        Assert.Equal(new[] { files, large, small, files }.Select(Sha256OfJson), inTurn);
    }

    [Fact]
    public void Content_DefinitionText_StandsAsItsContentHash()
    {
        // Given a tool whose description and schema are long and recognisable
        var files = SampleCatalog.Files();
        var tool = files.Tools[0];
        var marked = tool.Definition with { Description = "MARKER-DESCRIPTION " + new string('d', 5_000), InputSchema = """{"type":"object","properties":{"MARKER_PARAM":{"type":"string"}}}""" };
        var server = files with { Tools = [tool with { Definition = marked }, .. files.Tools.Skip(1)] };

        // When the server is made into what its content hash is taken over
        var json = JsonSerializer.Serialize(ServerFingerprint.AsHashed(server), FingerprintJsonContext.Default.CatalogServer);

        // Then the text is not in it but the hash made from it is, with the rest of the definition and the label
        Assert.DoesNotContain("MARKER", json, StringComparison.Ordinal);
        Assert.Contains(marked.ContentHash, json, StringComparison.Ordinal);
        Assert.Contains(marked.Location.Path, json, StringComparison.Ordinal);
        Assert.Contains(tool.Classification!.Reasons[0].Text, json, StringComparison.Ordinal);
        Assert.Equal(Sha256OfJson(server), ServerFingerprint.Content(server));
    }

    [Fact]
    public void Content_StoredHashHandedOver_IsTheOneHashed()
    {
        // Given one definition with the hash a store handed over and the same definition hashing itself
        var files = SampleCatalog.Files();
        var tool = files.Tools[0];
        var computed = tool.Definition with { Description = tool.Definition.Description };
        var stored = computed with { ContentHash = computed.ContentHash };
        var otherStored = computed with { ContentHash = new string('e', 64) };
        CatalogServer With(ToolDefinition definition) => files with { Tools = [tool with { Definition = definition }, .. files.Tools.Skip(1)] };

        // Then the same hash gives the same content, and another stored hash another content: the store's hash is trusted
        // as the history is (it is written with the definition and read back with it)
        Assert.Equal(ServerFingerprint.Content(With(computed)), ServerFingerprint.Content(With(stored)));
        Assert.NotEqual(ServerFingerprint.Content(With(computed)), ServerFingerprint.Content(With(otherStored)));
    }

    /// <summary>What the content hash is: the first 128 bits of the SHA-256 of the server serialised whole, definitions' text as its hash.</summary>
    private static UInt128 Sha256OfJson(CatalogServer server) =>
        BinaryPrimitives.ReadUInt128BigEndian(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(ServerFingerprint.AsHashed(server), FingerprintJsonContext.Default.CatalogServer)));
}
