using System.Text.Json;
using Catalog.Domain.Catalog;
using Catalog.Domain.Policies;
using Catalog.Site.Outputs;
using Catalog.Site.Outputs.Api;
using Catalog.Site.Pages;
using Catalog.Site.Pipeline;

namespace Catalog.Site.Tests;

/// <summary>A server's API document written member by member: the very bytes the site's serializer (with its policy converter) writes.</summary>
public sealed class ServerApiJsonWriterTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly PolicyDocument FullPolicy = new()
    {
        Default = PolicyDefault.Deny,
        Hide = ["debug_eval", "caf\u00e9 \"quoted\""],
        AllTools = new ToolRule { Limits = [new RateLimit("all_calls", LimitWindow.Minute, 120)] },
        Tools =
        [
            new("read_file", ToolRule.Allow),
            new("</script><b>", new ToolRule
            {
                DenyIf = [new DenyRule([new PolicyCondition("args.command", "in", "[\"rm\",{\"deep\":[1,2.5,null]}]"), new PolicyCondition("args.force", "eq", "true")], "Too \u2066dangerous\u2069.")],
                Limits = [new RateLimit("executions", LimitWindow.Day, 10), new RateLimit("bursts", LimitWindow.Hour, 3)],
            }),
        ],
    };

    private static readonly PolicyDocument EmptyPolicy = new() { Default = PolicyDefault.Allow, Tools = [] };

    [Fact]
    public void WriteTo_SampleServers_SameBytesAsSiteSerializer()
    {
        foreach (var server in SampleCatalog.All())
        {
            // Given a sample server's document, as the build makes it
            var api = WriteServerApi.ToApi(Work(server, new PageLinks("https://example.test/catalog")));

            // When it is written member by member, and serialised by the site's context
            var written = Written(api);
            var serialized = JsonSerializer.SerializeToUtf8Bytes(api, SiteJsonContext.Default.ApiServer);

            // Then the bytes are the same, hostile names and descriptions included
            Assert.Equal(Text(serialized), Text(written));
            Assert.Equal(serialized, written);
        }
    }

    [Fact]
    public void WriteTo_EveryMemberSetWithAwkwardText_SameBytesAsSiteSerializer()
    {
        // Given a document with every optional member set, text that needs escaping, an offset time and odd numbers
        var api = Document("acme/caf\u00e9 \"tools\"\n\t<script>\u0000\u007f\u2028\ud83d\ude00", FullPolicy) with
        {
            Subfolder = "packages/mcp",
            Description = "Line one\r\nline two & <three> 'four' \\ five \u202Egpj.exe, half a pair \ud800 and \udc00",
            Language = "C#",
            License = "Apache-2.0",
            Stars = 0,
            RepositoryUrl = "https://github.com/acme/tools?x=1&y=2",
            UpdatedAt = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(-5)).AddTicks(1234567),
        };

        // When it is written member by member, and serialised by the site's context
        var written = Written(api);
        var serialized = JsonSerializer.SerializeToUtf8Bytes(api, SiteJsonContext.Default.ApiServer);

        // Then the bytes are the same
        Assert.Equal(Text(serialized), Text(written));
        Assert.Equal(serialized, written);
    }

    [Fact]
    public void WriteTo_OptionalMembersAbsentAndNoTools_SameBytesAsSiteSerializer()
    {
        // Given a document with nothing optional and no tools
        var api = Document("bare", EmptyPolicy) with { Tools = [], Counts = new ApiCounts { Tools = 0, Unclassified = 0, ByRisk = new(0, 0, 0, 0), ByCategory = new(0, 0, 0) } };

        // When it is written member by member, and serialised by the site's context
        var written = Written(api);
        var serialized = JsonSerializer.SerializeToUtf8Bytes(api, SiteJsonContext.Default.ApiServer);

        // Then the bytes are the same, the absent members left out by both
        Assert.Equal(Text(serialized), Text(written));
        Assert.DoesNotContain("\"stars\"", Text(written), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SampleSite_ApiFilesAreWhatTheSiteSerializerWrites()
    {
        foreach (var server in SampleCatalog.All())
        {
            // Given the API file the build wrote for a sample server
            var work = Work(server, new PageLinks());
            var file = sample.Site.File(work.Addresses.Api.FilePath);

            // When the same document is serialised by the site's context
            var serialized = JsonSerializer.SerializeToUtf8Bytes(WriteServerApi.ToApi(work), SiteJsonContext.Default.ApiServer);

            // Then the file holds exactly those bytes
            Assert.Equal(Text(serialized), File.ReadAllText(file));
            Assert.Equal(serialized, File.ReadAllBytes(file));
        }
    }

    [Fact]
    public void WriteTo_AfterALargerDocumentOnTheSameWriter_TheSameBytesAsAlone()
    {
        // Given a document far larger than a small one, written first on the same reused buffer
        var large = Document(new string('x', 200_000), FullPolicy);
        var small = Document("small", EmptyPolicy);
        var scratch = new JsonScratch(ServerApiJsonWriter.Options);

        // When both are written in turn, the small one after the large one
        WriteWith(scratch, large);
        var afterLarge = WriteWith(scratch, small);

        // Then the small one is exactly what it is alone
        Assert.Equal(Written(small), afterLarge);
    }

    private static ServerWork Work(CatalogServer server, PageLinks links) =>
        ServerWork.Prepare(ServerOutline.Of(server, links, new Dictionary<string, IReadOnlyList<SimilarToolRow>>()), new FakePolicyRecommender());

    private static ApiServer Document(string name, PolicyDocument policy) => new()
    {
        Slug = "acme-tools",
        Name = name,
        Repository = name,
        UpdatedAt = SampleCatalog.Day1,
        Page = "/servers/acme-tools/",
        Counts = new ApiCounts { Tools = 3, Unclassified = 1, ByRisk = new(1, 0, 0, 1), ByCategory = new(1, 0, 1) },
        Tools =
        [
            new ApiTool { Name = "plain", Page = "/servers/acme-tools/tools/plain/", Policy = EmptyPolicy },
            new ApiTool
            {
                Name = name,
                Title = "T\u00eftle \"quoted\" </title>",
                Page = "/servers/acme-tools/tools/x-0123abcd/",
                Policy = policy,
                Label = new ApiLabel { Category = "execute", Risk = "critical", Destructive = true, Financial = false, Sensitive = true, Confidence = 0.1 + 0.2, ClassifierVersion = "rules+model \u00e9" },
            },
            new ApiTool
            {
                Name = "tiny",
                Page = "/servers/acme-tools/tools/tiny/",
                Policy = policy,
                Label = new ApiLabel { Category = "read", Risk = "low", Destructive = false, Financial = true, Sensitive = false, Confidence = 1e-7, ClassifierVersion = "v1" },
            },
        ],
        Policy = policy,
    };

    private static byte[] Written(ApiServer api) => WriteWith(new JsonScratch(ServerApiJsonWriter.Options), api);

    private static byte[] WriteWith(JsonScratch scratch, ApiServer api)
    {
        var writer = scratch.Begin();
        ServerApiJsonWriter.WriteTo(writer, api);
        writer.Flush();
        return scratch.Written.ToArray();
    }

    private static string Text(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);
}
