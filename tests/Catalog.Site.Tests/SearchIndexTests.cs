using Catalog.Domain.Classification;
using Catalog.Site.Search;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>The search index as written: terms, shards, the manifest, and the bounds that keep a query's download small.</summary>
public sealed class SearchIndexTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private readonly SearchFiles search = new(fixture.Site);

    [Fact]
    public void Terms_CamelCaseAndSeparators_GiveWholeRunsAndParts()
    {
        // Given a name with camelCase and separators
        var terms = new List<string>();

        // When its terms are taken
        SearchTerms.AddName("readFile_v2-X", terms);

        // Then each run is a term, the camelCase parts too, and one-letter runs are dropped
        Assert.Equal(new[] { "readfile", "read", "file", "v2" }, terms);
    }

    [Fact]
    public void Lookup_ToolName_FindsTheToolWithItsServerAndLabel()
    {
        // Given the sample site's index, when the word "command" is looked up as the browser would
        var docs = search.Lookup("command");

        // Then run_command is there first, as a tool of acme-files, Execute (2) and Critical (3)
        var doc = docs[0];
        Assert.Equal("run_command", doc[1].GetString());
        Assert.Equal("acme/acme-files", doc[2].GetString());
        Assert.Equal("acme-files", doc[3].GetString());
        Assert.Equal(2, doc[5].GetInt32());
        Assert.Equal(3, doc[6].GetInt32());
    }

    [Fact]
    public void Lookup_ServerAndDescriptionWords_FindServersAndTools()
    {
        // Then a server is found by its name, and a tool by a word of its description only
        Assert.Contains("acme/local-notes", search.Names("local"));
        Assert.Contains("send-mail", search.Names("also"));
    }

    [Fact]
    public void Lookup_HiddenCharactersInName_ShownAsMarkers()
    {
        // Given the tool whose name holds a right-to-left override, when its first word is looked up
        var names = search.Names("invoice");

        // Then the shown name carries the marker, never the raw control character
        var name = Assert.Single(names);
        Assert.Equal("invoice[U+202E]gpj.exe", name);
    }

    [Fact]
    public void Manifest_EveryListedShard_Exists()
    {
        // Then every shard the manifest lists is a file, so the browser never meets a 404
        Assert.NotEmpty(search.Shards);
        Assert.All(search.Shards, key => Assert.True(File.Exists(fixture.Site.File(search.ShardPath(key))), key));
    }

    [Fact]
    public void Shards_ManyToolsSharingPrefixes_SplitUnderTheBudgetAndStayFindable()
    {
        // Given 4,000 tools whose names all start with "re" and whose descriptions share common words
        using var temp = new TemporaryDirectory();
        var servers = Enumerable.Range(0, 200).Select(s => SampleCatalog.Server($"server-{s:D3}", Enumerable.Range(0, 20).Select(t =>
            SampleCatalog.Labelled(ToolDefinitionBuilder.Tool($"re{(char)('a' + (t % 26))}port_{s:D3}_{t:D2}", $"Reports the state of item {s}-{t} to the reader and reviewer."), ToolCategory.Read, RiskLevel.Low)).ToList()));

        // When the site is built
        var result = new SiteBuilder(new SiteOptions { OutputDirectory = temp.Combine("site") }, new FakePolicyRecommender()).Build(servers, []);
        var files = new SearchFiles(new BuiltSite(temp.Combine("site")));

        // Then "re" was split, every shard is under the budget, a common word keeps only its best
        // documents, and a rare name is still found through the manifest
        Assert.Contains("re", files.Manifest.GetProperty("split").EnumerateArray().Select(e => e.GetString()));
        Assert.True(result.Search!.LargestShard <= SearchShardWriter.ShardBudget, $"largest shard {result.Search.LargestShard}");
        Assert.Equal(SearchIndex.PostingsKept, files.Lookup("reviewer").Count);
        var rare = $"re{(char)('a' + 9)}port_123_09";
        Assert.Contains(rare, files.Names("123"));
        Assert.True(result.Search.ManifestBytes < 20_000, $"manifest {result.Search.ManifestBytes}");
    }

    [Fact]
    public void Build_ToolWithOneMegabyteDescription_IndexesOnlyItsFirstWords()
    {
        // Given a tool whose description is a megabyte of distinct words
        using var temp = new TemporaryDirectory();
        var words = string.Join(' ', Enumerable.Range(0, 150_000).Select(i => $"w{i}"));
        var server = SampleCatalog.Server("huge", [SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("huge_tool", words), ToolCategory.Read, RiskLevel.Low)]);

        // When the site is built
        var result = new SiteBuilder(new SiteOptions { OutputDirectory = temp.Combine("site") }, new FakePolicyRecommender()).Build([server], []);
        var files = new SearchFiles(new BuiltSite(temp.Combine("site")));

        // Then the page holds the whole text, but the index took only the description's first words
        Assert.Contains("w149999", File.ReadAllText(temp.Combine("site", "servers", "huge", "tools", "huge_tool", "index.html")), StringComparison.Ordinal);
        Assert.Contains("huge_tool", files.Names("w0"));
        Assert.Empty(files.Lookup("w149999"));
        Assert.True(result.Search!.Terms < 100, $"{result.Search.Terms} terms");
    }
}
