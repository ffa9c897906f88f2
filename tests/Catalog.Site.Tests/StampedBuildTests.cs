using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Site.Pages;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>
/// Builds from a catalogue that reports stamps: a rebuild reads only the servers whose stamp changed and
/// stands on the previous build's state for the rest, and its site is always the one a clean build makes.
/// </summary>
public sealed class StampedBuildTests
{
    private static readonly string[] Verbs = ["get", "list", "create", "delete", "run"];
    private static readonly string[] Nouns = ["file", "issue", "user", "invoice", "pod", "note", "ticket"];

    private static SiteBuildResult Build(string output, StampedCatalog catalog) =>
        new SiteBuilder(new SiteOptions { OutputDirectory = output }, new FakePolicyRecommender()).Build(catalog, SampleCatalog.Changes());

    /// <summary>Server <paramref name="index"/> of a made-up catalogue: three tools from a small vocabulary, so names repeat across servers.</summary>
    private static CatalogServer Server(int index, string note = "")
    {
        var tools = Enumerable.Range(0, 3).Select(t =>
        {
            var verb = Verbs[(index + t) % Verbs.Length];
            var noun = Nouns[(index * 3 + t) % Nouns.Length];
            var category = verb switch { "get" or "list" => ToolCategory.Read, "run" => ToolCategory.Execute, _ => ToolCategory.Write };
            var risk = (RiskLevel)((index + t) % 4);
            return SampleCatalog.Labelled(ToolDefinitionBuilder.Tool($"{verb}_{noun}", $"{verb} a {noun} of the workspace.{note}", ToolDefinitionBuilder.StringParams("id")), category, risk);
        }).DistinctBy(t => t.Name).ToList();
        return SampleCatalog.Server($"srv-{index:D4}", tools);
    }

    private static List<CatalogServer> Servers(IEnumerable<int> indexes) => indexes.Select(i => Server(i)).ToList();

    /// <summary>Asserts the site equals a clean build of the same catalogue, file for file.</summary>
    private static void AssertSameAsCleanBuild(TemporaryDirectory temp, string output, IReadOnlyList<CatalogServer> servers)
    {
        var clean = temp.Combine($"clean-{Guid.NewGuid():N}");
        Build(clean, new StampedCatalog(servers));
        var expected = new BuiltSite(clean).Published();
        var actual = new BuiltSite(output).Published();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs from a clean build"));
    }

    [Fact]
    public void Build_OneServerChanged_ReadsOnlyThatServerAndEqualsACleanBuild()
    {
        // Given a site built from 40 stamped servers
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var servers = Servers(Enumerable.Range(0, 40));
        Build(output, new StampedCatalog(servers));

        // When one server's description changes and the site is rebuilt
        servers[7] = Server(7, " Revised.");
        var catalog = new StampedCatalog(servers);
        var result = Build(output, catalog);

        // Then the catalogue is not read whole, only that server is read and rendered, and the site is a clean build's
        Assert.Equal(0, catalog.WholeReads);
        Assert.Equal(["srv-0007"], catalog.SlugsRead);
        Assert.Equal(1, result.ServersRendered);
        Assert.Equal(39, result.ExportServersReused);
        AssertSameAsCleanBuild(temp, output, servers);
    }

    [Fact]
    public void Build_MostServersChanged_ReadsEverythingAndEqualsACleanBuild()
    {
        // Given a site of 100 servers
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var servers = Servers(Enumerable.Range(0, 100));
        Build(output, new StampedCatalog(servers));

        // When 80 of them change, more than an incremental rebuild takes on
        for (var i = 0; i < 80; i++)
        {
            servers[i] = Server(i, " Revised.");
        }

        var catalog = new StampedCatalog(servers);
        Build(output, catalog);

        // Then the catalogue is read whole, and the site is a clean build's
        Assert.Equal(1, catalog.WholeReads);
        AssertSameAsCleanBuild(temp, output, servers);
    }

    [Fact]
    public void Build_ChangesOverSeveralRebuilds_EachStateWrittenIncrementallyIsTrustedAgain()
    {
        // Given a site built from 40 stamped servers, then rebuilt after one server changed (so its state was written by a rebuild)
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var servers = Servers(Enumerable.Range(0, 40));
        Build(output, new StampedCatalog(servers));
        servers[7] = Server(7, " Revised.");
        var first = new StampedCatalog(servers);
        Build(output, first);

        // When two other servers change and the site is rebuilt twice more
        servers[21] = Server(21, " Revised once.");
        var second = new StampedCatalog(servers);
        Build(output, second);
        servers[33] = Server(33, " Revised twice.");
        var third = new StampedCatalog(servers);
        Build(output, third);

        // Then no rebuild refused the state its predecessor wrote: each read only its changed server, and the site is a clean build's
        Assert.Equal([0, 0, 0], new[] { first.WholeReads, second.WholeReads, third.WholeReads });
        Assert.Equal(["srv-0007"], first.SlugsRead);
        Assert.Equal(["srv-0021"], second.SlugsRead);
        Assert.Equal(["srv-0033"], third.SlugsRead);
        AssertSameAsCleanBuild(temp, output, servers);
    }

    [Fact]
    public void Build_NothingChanged_ReadsNothingAndWritesNothing()
    {
        // Given a site built from stamped servers
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var servers = Servers(Enumerable.Range(0, 12));
        Build(output, new StampedCatalog(servers));
        var before = new BuiltSite(output).Snapshot();

        // When it is rebuilt from the same catalogue
        var catalog = new StampedCatalog(servers);
        var result = Build(output, catalog);

        // Then no server is read, no file is written, and the site is byte for byte the same
        Assert.Equal(0, catalog.WholeReads);
        Assert.Empty(catalog.SlugsRead);
        Assert.Equal(0, result.PagesWritten);
        var after = new BuiltSite(output).Snapshot();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), file.Key));
    }

    [Fact]
    public void Build_ServersAddedAndRemoved_EqualsACleanBuild()
    {
        // Given a site built from 30 servers
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, new StampedCatalog(Servers(Enumerable.Range(0, 30))));

        // When three servers are gone and two new ones came
        var servers = Servers(Enumerable.Range(0, 32).Where(i => i is not (3 or 11 or 20)));
        var catalog = new StampedCatalog(servers);
        var result = Build(output, catalog);

        // Then the new servers are read first (then only servers whose similar tools changed, to render them),
        // the removed ones' files are gone, and the site is a clean build's
        Assert.Equal(0, catalog.WholeReads);
        Assert.Equal(["srv-0030", "srv-0031"], catalog.SlugsRead.Take(2));
        Assert.True(catalog.SlugsRead.Count < 30, $"{catalog.SlugsRead.Count} servers read");
        Assert.True(result.FilesRemoved > 0);
        Assert.False(Directory.Exists(Path.Combine(output, "servers", "srv-0003")));
        AssertSameAsCleanBuild(temp, output, servers);
    }

    [Fact]
    public void Build_SimilarToolRelabelledOnAnotherServer_RebuildsThePageListingIt()
    {
        // Given servers sharing tool names, so each lists the others' tools as similar
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var servers = Servers(Enumerable.Range(0, 20));
        Build(output, new StampedCatalog(servers));

        // When one server's tools change their risk
        var relabelled = servers[4];
        servers[4] = relabelled with
        {
            Tools = relabelled.Tools.Select(t => t with { Classification = t.Classification! with { Risk = RiskLevel.Critical } }).ToList(),
        };
        var catalog = new StampedCatalog(servers);
        var result = Build(output, catalog);

        // Then more servers than the changed one are rendered (those listing its tools), yet only it is read whole...
        Assert.Equal(0, catalog.WholeReads);
        Assert.True(result.ServersRendered > 1, $"{result.ServersRendered} rendered");
        Assert.Contains("srv-0004", catalog.SlugsRead);

        // ...and every page says what a clean build says
        AssertSameAsCleanBuild(temp, output, servers);
    }

    [Fact]
    public void Build_StateDamaged_ReadsEverythingAndEqualsACleanBuild()
    {
        // Given a built site whose state file someone overwrote
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var servers = Servers(Enumerable.Range(0, 10));
        Build(output, new StampedCatalog(servers));
        File.WriteAllBytes(Path.Combine(output, ".catalog-state.bin"), [1, 2, 3, 4]);

        // When one server changes and the site is rebuilt
        servers[2] = Server(2, " Revised.");
        var catalog = new StampedCatalog(servers);
        Build(output, catalog);

        // Then the damaged state is not trusted: the catalogue is read whole, and the site is a clean build's
        Assert.Equal(1, catalog.WholeReads);
        AssertSameAsCleanBuild(temp, output, servers);
    }

    /// <summary>Ways to craft a state whose hash the manifest is then made to agree with, as someone editing both would.</summary>
    public static TheoryData<string> CraftedStates() => ["folder leaving the site", "server count past the data", "repeated server", "risk out of range", "term not lower-case", "document repeated under a term", "documents out of order under a term"];

    [Theory]
    [MemberData(nameof(CraftedStates))]
    public void Build_CraftedStateWithMatchingManifest_IsNotTrustedAndEqualsACleanBuild(string craft)
    {
        // Given a built site whose state was edited, and the manifest's hash of it edited to match
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var servers = Servers(Enumerable.Range(0, 10));
        Build(output, new StampedCatalog(servers));
        var statePath = Path.Combine(output, ".catalog-state.bin");
        var bytes = File.ReadAllBytes(statePath);
        var first = IndexOf(bytes, "\u0008srv-0000"u8.ToArray(), 0);
        var second = IndexOf(bytes, "\u0008srv-0001"u8.ToArray(), 0);
        Assert.True(first > 0 && second > first, "the state lists the servers by slug");
        switch (craft)
        {
            case "folder leaving the site":
                // The slug, its stamp, name and repository come first; the folder is the next "srv-0000" after them.
                var segment = IndexOf(bytes, "\u0008srv-0000"u8.ToArray(), first + 9);
                "\u0008../00000"u8.ToArray().CopyTo(bytes, segment);
                break;
            case "server count past the data":
                BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, first - 4);
                break;
            case "risk out of range":
                // A document: tool name and folder ("get_file" twice), then category and risk.
                var document = IndexOf(bytes, "\u0008get_file\u0008get_file"u8.ToArray(), 0);
                bytes[document + 19] = 4;
                break;
            case "term not lower-case":
                "\u0004ACME"u8.ToArray().CopyTo(bytes, IndexOf(bytes, "\u0004acme"u8.ToArray(), 0));
                break;
            case "document repeated under a term" or "documents out of order under a term":
                // A term's postings (document number, weight) follow its name, its "incomplete" flag and their count.
                var postings = FirstTermWithTwoPostings(bytes);
                var firstPosting = bytes.AsSpan(postings, 5).ToArray();
                if (craft == "documents out of order under a term")
                {
                    bytes.AsSpan(postings + 5, 5).CopyTo(bytes.AsSpan(postings));
                }

                firstPosting.CopyTo(bytes, postings + 5);
                break;
            default:
                "\u0008srv-0000"u8.ToArray().CopyTo(bytes, second);
                break;
        }

        File.WriteAllBytes(statePath, bytes);
        var manifestPath = Path.Combine(output, ".catalog-manifest.json");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["files"]![".catalog-state.bin"] = System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(System.Security.Cryptography.SHA256.HashData(bytes)).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        // When one server changes and the site is rebuilt
        servers[3] = Server(3, " Revised.");
        var catalog = new StampedCatalog(servers);
        Build(output, catalog);

        // Then the state is refused without a crash: everything is read, nothing is written outside, and the site is a clean build's
        Assert.Equal(1, catalog.WholeReads);
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
        AssertSameAsCleanBuild(temp, output, servers);
    }

    /// <summary>Where the postings of the term "acme" start, found by its name followed by a flag and a count of at least two.</summary>
    private static int FirstTermWithTwoPostings(byte[] bytes)
    {
        var term = "\u0004acme"u8.ToArray();
        for (var at = IndexOf(bytes, term, 0); at >= 0; at = IndexOf(bytes, term, at + 1))
        {
            var flag = at + term.Length;
            if (flag + 5 + 10 <= bytes.Length && bytes[flag] <= 1 && BitConverter.ToInt32(bytes, flag + 1) is >= 2 and <= 160)
            {
                return flag + 5;
            }
        }

        throw new InvalidOperationException("The state has no term 'acme' with two documents.");
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        for (var i = from; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }

    [Fact]
    public void Build_FailsAfterTrustingTheState_DropsItSoTheNextBuildReadsEverything()
    {
        // Given a site built by a builder whose recommender fails for one tool name (none of the servers has it yet)
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var builder = new SiteBuilder(new SiteOptions { OutputDirectory = output }, new ThrowingRecommender("boom_tool"));
        var servers = Servers(Enumerable.Range(0, 10));
        builder.Build(new StampedCatalog(servers), SampleCatalog.Changes());
        var before = new BuiltSite(output).Published();

        // When a rebuild that stood on the state fails (one changed server now has that tool)
        servers[3] = SampleCatalog.Server("srv-0003", [SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("boom_tool", "Fails."), ToolCategory.Read, RiskLevel.Low)]);
        var failing = new StampedCatalog(servers);
        Assert.Throws<SiteBuildException>(() => builder.Build(failing, SampleCatalog.Changes()));
        Assert.Equal(0, failing.WholeReads);

        // Then the published site is untouched but the state is gone, so the next build reads everything and equals a clean build
        var after = new BuiltSite(output).Published();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), file.Key));
        Assert.False(File.Exists(Path.Combine(output, ".catalog-state.bin")));
        servers[3] = Server(3, " Revised.");
        var catalog = new StampedCatalog(servers);
        builder.Build(catalog, SampleCatalog.Changes());
        Assert.Equal(1, catalog.WholeReads);
        AssertSameAsCleanBuild(temp, output, servers);
    }

    /// <summary>The fake recommender, failing for one tool name.</summary>
    private sealed class ThrowingRecommender(string failOn) : Catalog.Domain.Policies.IPolicyRecommender
    {
        private readonly FakePolicyRecommender inner = new();

        public Catalog.Domain.Policies.ToolPolicyAdvice Advise(CatalogTool tool) => inner.Advise(Check(tool));

        public Catalog.Domain.Policies.PolicyDocument ForTool(CatalogTool tool) => inner.ForTool(Check(tool));

        public Catalog.Domain.Policies.PolicyDocument ForServer(CatalogServer server, Catalog.Domain.Policies.PolicyProfile profile = Catalog.Domain.Policies.PolicyProfile.Balanced) => inner.ForServer(server, profile);

        public Catalog.Domain.Policies.InterceptPolicy InterceptForTool(CatalogTool tool) => inner.InterceptForTool(Check(tool));

        public Catalog.Domain.Policies.InterceptPolicy InterceptForServer(CatalogServer server, Catalog.Domain.Policies.PolicyProfile profile = Catalog.Domain.Policies.PolicyProfile.Balanced) => inner.InterceptForServer(server, profile);

        private CatalogTool Check(CatalogTool tool) => tool.Name == failOn ? throw new InvalidOperationException("recommender failed") : tool;
    }

    [Fact]
    public void Build_ExportChangedBehindTheBuilder_ReadsEverything()
    {
        // Given a built site whose export someone edited
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var servers = Servers(Enumerable.Range(0, 10));
        Build(output, new StampedCatalog(servers));
        File.AppendAllText(Path.Combine(output, "api", "catalog.jsonl.gz"), "{\"injected\":true}\n");

        // When the site is rebuilt
        var catalog = new StampedCatalog(servers);
        Build(output, catalog);

        // Then the export is not copied from: everything is read, and the export is a clean build's again
        Assert.Equal(1, catalog.WholeReads);
        AssertSameAsCleanBuild(temp, output, servers);
    }

    [Fact]
    public void Build_ListingPageDeletedBehindTheBuilder_IsWrittenAgain()
    {
        // Given a built site whose servers listing someone deleted
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        var servers = Servers(Enumerable.Range(0, 10));
        Build(output, new StampedCatalog(servers));
        File.Delete(Path.Combine(output, "servers", "index.html"));

        // When the site is rebuilt with nothing changed
        var catalog = new StampedCatalog(servers);
        Build(output, catalog);

        // Then the page is back although its inputs did not change
        Assert.Equal(0, catalog.WholeReads);
        AssertSameAsCleanBuild(temp, output, servers);
    }

    [Fact]
    public void Build_CommonTermKeepsEnoughStoredDocuments_StaysIncrementalAndExact()
    {
        // Given 200 servers whose tools share their words, more than a term stores
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, new StampedCatalog(Servers(Enumerable.Range(0, 200))));

        // When 30 servers go (documents stored under shared terms among them) and one changes
        var servers = Servers(Enumerable.Range(0, 200).Where(i => i % 7 != 0));
        servers[5] = Server(6, " Revised.");
        var catalog = new StampedCatalog(servers);
        Build(output, catalog);

        // Then the rebuild stays incremental and its search index and similar tools are exactly a clean build's
        Assert.Equal(0, catalog.WholeReads);
        AssertSameAsCleanBuild(temp, output, servers);
    }

    [Fact]
    public void Build_CommonTermLosesMostStoredDocuments_ReadsEverythingAndEqualsACleanBuild()
    {
        // Given 200 servers whose tools share their words
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, new StampedCatalog(Servers(Enumerable.Range(0, 200))));

        // When all but 10 servers go, so the shared terms keep fewer stored documents than they show
        var servers = Servers(Enumerable.Range(0, 10));
        var catalog = new StampedCatalog(servers);
        Build(output, catalog);

        // Then the index cannot be brought up to date exactly: the catalogue is read whole, and the site is a clean build's
        Assert.Equal(1, catalog.WholeReads);
        AssertSameAsCleanBuild(temp, output, servers);
    }

    [Fact]
    public void Build_LinksOfServerListing_PointAtPagesThatExist()
    {
        // Given a site rebuilt incrementally after a server was added
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Build(output, new StampedCatalog(Servers(Enumerable.Range(0, 5))));
        Build(output, new StampedCatalog(Servers(Enumerable.Range(0, 6))));

        // When the servers listing is read
        var site = new BuiltSite(output);
        var links = site.Page("servers/index.html").DocumentNode.SelectNodes("//main//a[starts-with(@href, '/servers/')]")!
            .Select(a => a.GetAttributeValue("href", "")).Distinct().ToList();

        // Then it lists the new server, and every link leads to a page on disk
        Assert.Contains(new PageLinks().ForServer("srv-0005", []).Page.Url, links);
        Assert.All(links, url => Assert.True(File.Exists(site.FileOf(url)), url));
    }
}
