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
    public static TheoryData<string> Changes() => ["stars", "license", "source", "updated", "hint", "schema", "location", "reason", "confidence", "history", "tool added"];

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
            "hint" => WithTool(tool with { Definition = tool.Definition with { Annotations = new ToolAnnotations(OpenWorldHint: true) } }),
            "schema" => WithTool(tool with { Definition = tool.Definition with { InputSchema = """{"type":"object"}""" } }),
            "location" => WithTool(tool with { Definition = tool.Definition with { Location = new SourceLocation("src/other.ts", 99) } }),
            "reason" => WithTool(tool with { Classification = tool.Classification! with { Reasons = [new ClassificationReason("other", "Another reason.")] } }),
            "confidence" => WithTool(tool with { Classification = tool.Classification! with { Confidence = 0.5 } }),
            "history" => WithTool(tool with { History = [.. tool.History, new ToolVersionInfo(3, "cccc", SampleCatalog.Day2.AddDays(1), 3, "third")] }),
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

    /// <summary>What the content hash is: the first 128 bits of the SHA-256 of the server serialised whole.</summary>
    private static UInt128 Sha256OfJson(CatalogServer server) =>
        BinaryPrimitives.ReadUInt128BigEndian(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(server, FingerprintJsonContext.Default.CatalogServer)));
}
