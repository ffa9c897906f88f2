using Catalog.Domain.Catalog;
using Catalog.Domain.Crawling;
using Catalog.Domain.Policies;
using Catalog.Site.Pages;
using Catalog.Testing;

namespace Catalog.Site.Tests;

public sealed class SiteBuilderTests
{
    private static SiteBuildResult Build(string output, IEnumerable<CatalogServer> servers, IReadOnlyList<ToolChange>? changes = null) =>
        new SiteBuilder(new SiteOptions { OutputDirectory = output }, new FakePolicyRecommender()).Build(servers, changes ?? SampleCatalog.Changes());

    private static IEnumerable<CatalogServer> FailAfterFirst()
    {
        yield return SampleCatalog.Files();
        throw new InvalidOperationException("The store went away.");
    }

    [Fact]
    public void Build_SameDataTwice_SecondBuildWritesNothing()
    {
        // Given a site built once
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var first = Build(output, SampleCatalog.All());
        var site = new BuiltSite(output);
        var before = site.Snapshot();
        var times = site.Files().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(site.File(f)));

        // When it is built again from the same data
        var second = Build(output, SampleCatalog.All());

        // Then nothing is written or removed, and every file has the same bytes and time as before
        Assert.Equal(site.Files().Count, first.PagesWritten);
        Assert.Equal(0, first.PagesUnchanged);
        Assert.Equal(0, second.PagesWritten);
        Assert.Equal(first.PagesWritten, second.PagesUnchanged);
        Assert.Equal(0, second.FilesRemoved);
        var after = site.Snapshot();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
        Assert.All(times, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(site.File(pair.Key))));
    }

    [Fact]
    public void Build_ServersInAnotherOrder_IdenticalFiles()
    {
        // Given the same catalogue built into two folders, servers arriving in opposite orders
        using var temp = new TemporaryDirectory();
        Build(temp.Combine("a"), SampleCatalog.All());
        Build(temp.Combine("b"), SampleCatalog.All().Reverse());

        // When both sites are read
        var a = new BuiltSite(temp.Combine("a")).Snapshot();
        var b = new BuiltSite(temp.Combine("b")).Snapshot();

        // Then they are byte for byte the same, but for the export (streamed in reading order, so the
        // same lines in another order) and the manifest holding its hash
        string[] streamed = ["api/catalog.jsonl.gz", ".catalog-manifest.json"];
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.All(a.Where(p => !streamed.Contains(p.Key)), pair => Assert.Equal(pair.Value, b[pair.Key]));
        static string[] Lines(byte[] bytes) => [.. BuiltSite.Gunzip(bytes).Split('\n').Order(StringComparer.Ordinal)];
        Assert.Equal(Lines(a["api/catalog.jsonl.gz"]), Lines(b["api/catalog.jsonl.gz"]));
    }

    [Fact]
    public void Build_FirstBuildRenderedOnManyThreads_ExportInReadingOrderAndAsTheFirstPassMakesIt()
    {
        // Given sixty servers, in an order that is not their slugs' (the render threads make a first build's export)
        using var temp = new TemporaryDirectory();
        var servers = Enumerable.Range(0, 60)
            .Select(i => SampleCatalog.Server($"server-{(i * 37) % 60:D2}", [.. Enumerable.Range(0, 1 + i % 4).Select(t => SampleCatalog.Labelled(
                ToolDefinitionBuilder.Tool($"tool_{t}", $"Tool {t} of server {i}.", line: t), Domain.Classification.ToolCategory.Read, Domain.Classification.RiskLevel.Low))]))
            .ToList();
        var builder = new SiteBuilder(new SiteOptions { OutputDirectory = temp.Combine("first") }, new FakePolicyRecommender()) { RenderParallelism = 6 };
        builder.Build(servers, []);

        // And the same servers built over another site, so that the first pass makes the export
        var over = temp.Combine("over");
        Build(over, SampleCatalog.All());
        Build(over, servers, []);

        // When both exports are read
        var first = File.ReadAllBytes(Path.Combine(temp.Combine("first"), "api", "catalog.jsonl.gz"));
        var second = File.ReadAllBytes(Path.Combine(over, "api", "catalog.jsonl.gz"));

        // Then the first build's lists every tool with its servers in reading order, byte for byte as the first pass writes it
        var order = BuiltSite.Gunzip(first).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("server").GetString()!).Distinct().ToList();
        Assert.Equal(servers.Select(s => s.Slug), order);
        Assert.Equal(servers.Sum(s => s.Tools.Count), BuiltSite.Gunzip(first).Count(c => c == '\n'));
        Assert.Equal(second, first);
    }

    [Fact]
    public void Build_HalfASurrogatePairInNameAndDescription_EveryFileWrittenWithAReplacementCharacter()
    {
        // Given a tool handed straight to the builder (no store to clean its text) with half a surrogate pair in its
        // name and its description
        using var temp = new TemporaryDirectory();
        var tool = SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("lone\uDC00", "half \uD800 pair"), Domain.Classification.ToolCategory.Read, Domain.Classification.RiskLevel.Low);
        var server = SampleCatalog.Server("lone-halves", [tool]);

        // When the site is built
        var result = Build(temp.Path, [server], []);

        // Then the tool has its page, and the export and the server's API file hold it with U+FFFD in place of each half
        Assert.Equal(1, result.Tools);
        var page = new PageLinks().ForServer(server.Slug, [tool.Name]).Tool(tool.Name).Page.FilePath;
        var html = new BuiltSite(temp.Path).Page(page);
        Assert.Equal("half \uFFFD pair", BuiltSite.Text(html.DocumentNode.SelectSingleNode("//div[@class='description']")!));
        var line = System.Text.Json.JsonDocument.Parse(BuiltSite.Gunzip(File.ReadAllBytes(Path.Combine(temp.Path, "api", "catalog.jsonl.gz")))).RootElement;
        Assert.Equal("half \uFFFD pair", line.GetProperty("description").GetString());
        Assert.Equal("lone\uFFFD", line.GetProperty("tool").GetString());
        using var api = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(temp.Path, "api", "servers", $"{server.Slug}.json")));
        Assert.Contains("lone\uFFFD", Strings(api.RootElement));

        static IEnumerable<string> Strings(System.Text.Json.JsonElement element) => element.ValueKind switch
        {
            System.Text.Json.JsonValueKind.String => [element.GetString()!],
            System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
            System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
            _ => [],
        };
    }

    [Fact]
    public void Build_ToolRemoved_RemovesItsFilesAndRewritesOnlyWhatChanged()
    {
        // Given a site built from two servers
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        var local = SampleCatalog.Local();
        var gone = new PageLinks().ForServer(local.Slug, local.Tools.Select(t => t.Name)).Tool("delete_note");

        // When one server loses a tool
        var result = Build(output, [SampleCatalog.Files(), local with { Tools = [.. local.Tools.Where(t => t.Name != "delete_note")] }]);

        // Then the tool's page is gone, and so is the search shard of "de", whose words ("delete",
        // "deletes") only that tool had; the other server was carried over without a file written
        Assert.Equal(2, result.FilesRemoved);
        Assert.False(File.Exists(Path.Combine(output, "search", "shards", "de.json")));
        Assert.False(File.Exists(Path.Combine(output, gone.Page.FilePath)));
        Assert.False(Directory.Exists(Path.GetDirectoryName(Path.Combine(output, gone.Page.FilePath))));
        Assert.InRange(result.PagesWritten, 1, 20 + local.Tools.Count);
        Assert.True(result.PagesUnchanged > result.PagesWritten);
    }

    [Fact]
    public void Build_ServersThrowMidway_PreviousSiteUntouched()
    {
        // Given a site built once
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        var before = new BuiltSite(output).Snapshot();

        // When a second build fails after its first server
        var error = Assert.Throws<SiteBuildException>(() => Build(output, FailAfterFirst(), []));

        // Then the old site is exactly as it was and no staging folder is left beside it
        Assert.IsType<InvalidOperationException>(error.InnerException);
        var after = new BuiltSite(output).Snapshot();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
        Assert.Equal(new[] { output }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Build_SiteWidePageFailsWhileServersRender_PreviousSiteUntouched()
    {
        // Given a site built once
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        var before = new BuiltSite(output).Snapshot();

        // When a second build's home page fails (a change without a server) while the servers render beside it
        ToolChange[] broken = [new(null!, "read_file", ToolChangeKind.Changed, DateTimeOffset.UnixEpoch, 1, 2)];
        var error = Assert.Throws<SiteBuildException>(() => Build(output, SampleCatalog.All(), broken));

        // Then the failing step is named, the old site is exactly as it was and no staging folder is left beside it
        Assert.Equal("RenderHome", error.Step);
        var after = new BuiltSite(output).Snapshot();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
        Assert.Equal(new[] { output }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Build_SecondReadingFailsWhileServersRender_NoSiteCreated()
    {
        // Given no site yet and a catalogue whose second reading (the servers to render) fails after one server
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var catalog = new SecondReadingFails(SampleCatalog.All().ToList());

        // When the build runs
        var error = Assert.Throws<SiteBuildException>(() => new SiteBuilder(new SiteOptions { OutputDirectory = output }, new FakePolicyRecommender()).Build(catalog, []));

        // Then the reading's own error is reported, and neither a site nor a half-built folder exists
        Assert.StartsWith("ReadServers", error.Step);
        Assert.IsType<IOException>(error.InnerException);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    private sealed class SecondReadingFails(IReadOnlyList<CatalogServer> servers) : ISiteCatalog
    {
        public IEnumerable<CatalogServer> ReadAll() => servers;

        public IEnumerable<CatalogServer> Read(IReadOnlySet<string> slugs)
        {
            yield return servers.First(s => slugs.Contains(s.Slug));
            throw new IOException("The store went away between the readings.");
        }
    }

    [Fact]
    public void Build_RecommenderThrows_NoSiteCreated()
    {
        // Given no site yet and a recommender that fails
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var builder = new SiteBuilder(new SiteOptions { OutputDirectory = output }, new ThrowingRecommender());

        // When the build runs
        var error = Assert.Throws<SiteBuildException>(() => builder.Build(SampleCatalog.All(), []));

        // Then it names the server, and neither a site nor a half-built folder exists
        Assert.Equal("acme-files", error.ServerSlug);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Build_OutputFolderNotASite_Refused()
    {
        // Given a folder holding someone's files and no manifest
        using var temp = new TemporaryDirectory();
        var precious = temp.WriteFile("site/notes.txt", "keep me");

        // When a build targets it
        Assert.Throws<IOException>(() => Build(temp.Combine("site"), SampleCatalog.All()));

        // Then the folder is left alone
        Assert.Equal("keep me", File.ReadAllText(precious));
    }

    [Fact]
    public void Build_TraversalToolNames_StayInsideTheirServerFolder()
    {
        // Given tools named "../../x" and ".."
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");

        // When the site is built
        Build(output, SampleCatalog.All());

        // Then every file is inside the output folder, and those tools' pages are inside their server's tools folder
        var root = Path.GetFullPath(output) + Path.DirectorySeparatorChar;
        Assert.All(Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories), f => Assert.StartsWith(root, Path.GetFullPath(f), StringComparison.Ordinal));
        var server = SampleCatalog.Files();
        var addresses = new PageLinks().ForServer(server.Slug, server.Tools.Select(t => t.Name));
        var toolsFolder = Path.Combine(root, "servers", server.Slug, "tools") + Path.DirectorySeparatorChar;
        foreach (var name in new[] { "../../x", ".." })
        {
            var page = Path.GetFullPath(Path.Combine(output, addresses.Tool(name).Page.FilePath));
            Assert.StartsWith(toolsFolder, page, StringComparison.Ordinal);
            Assert.True(File.Exists(page));
            Assert.Equal(name, BuiltSite.Text(new BuiltSite(output).Page(addresses.Tool(name).Page.FilePath).DocumentNode.Find("//h1")));
        }
    }

    [Fact]
    public void Build_NamesFoldingToSameSlug_GetDistinctPages()
    {
        // Given two tools, "Send Mail" and "send-mail", that fold to the same slug
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, SampleCatalog.All());
        var server = SampleCatalog.Files();
        var addresses = new PageLinks().ForServer(server.Slug, server.Tools.Select(t => t.Name));

        // When their pages are read
        var first = addresses.Tool("Send Mail");
        var second = addresses.Tool("send-mail");
        var site = new BuiltSite(output);

        // Then each has its own page, showing its own name and description
        Assert.NotEqual(first.Page.FilePath, second.Page.FilePath);
        Assert.Equal("Send Mail", BuiltSite.Text(site.Page(first.Page.FilePath).DocumentNode.Find("//h1")));
        Assert.Equal("send-mail", BuiltSite.Text(site.Page(second.Page.FilePath).DocumentNode.Find("//h1")));
        Assert.Equal("Also sends mail.", BuiltSite.Text(site.Page(second.Page.FilePath).DocumentNode.Find("//div[@class='description']")));
    }

    [Fact]
    public void Build_DuplicateServerSlug_FailsWithoutTouchingOutput()
    {
        // Given two servers with the same slug
        using var temp = new TemporaryDirectory();

        // When the site is built
        var error = Assert.Throws<SiteBuildException>(() => Build(temp.Combine("site"), [SampleCatalog.Local(), SampleCatalog.Local()]));

        // Then the build stops at the duplicate and leaves nothing behind
        Assert.Equal("local-notes", error.ServerSlug);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    private sealed class ThrowingRecommender : IPolicyRecommender
    {
        public ToolPolicyAdvice Advise(CatalogTool tool) => throw new InvalidOperationException("No advice today.");

        public PolicyDocument ForTool(CatalogTool tool) => throw new InvalidOperationException("No policy today.");

        public PolicyDocument ForServer(CatalogServer server, PolicyProfile profile) => throw new InvalidOperationException("No policy today.");

        public InterceptPolicy InterceptForTool(CatalogTool tool) => throw new InvalidOperationException("No policy today.");

        public InterceptPolicy InterceptForServer(CatalogServer server, PolicyProfile profile) => throw new InvalidOperationException("No policy today.");
    }
}
