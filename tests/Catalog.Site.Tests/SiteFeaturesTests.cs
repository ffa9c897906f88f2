using System.Text.Json;
using System.Xml.Linq;
using Catalog.Domain.Classification;
using Catalog.Site.Pages;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>The parts of the site beyond pages of one thing: chart, grade, token cost, similar tools, feed, export, llms.txt, paging.</summary>
public sealed class SiteFeaturesTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private readonly BuiltSite site = fixture.Site;

    [Fact]
    public void Home_Chart_OneSegmentPerCategoryAndRiskWithItsCount()
    {
        // Given the home page's chart
        var svg = site.Page("index.html").DocumentNode.Find("//svg[@role='img']");

        // When the segments of the Read bar are read from their tooltips
        var titles = svg.FindAll(".//rect[@class='segment']/title").Select(BuiltSite.Text).ToList();

        // Then the chart has an accessible name and each non-empty cell of the sample (8 Read: 7 Low, 1 Medium) has a segment
        Assert.Equal("chart-title chart-desc", svg.GetAttributeValue("aria-labelledby", ""));
        Assert.Contains("Read, Low risk: 7", titles);
        Assert.Contains("Read, Medium risk: 1", titles);
        Assert.Contains("Execute, Critical risk: 1", titles);
        Assert.DoesNotContain(titles, t => t.StartsWith("Execute, Low", StringComparison.Ordinal));
    }

    [Fact]
    public void ServerPage_GradeAndTokens_Shown()
    {
        // Given the sample server's page (one Critical tool, two High of eleven classified, one tool not labelled)
        var server = SampleCatalog.Files();
        var page = site.Page(new PageLinks().ForServer(server.Slug, server.Tools.Select(t => t.Name)).Page.FilePath).DocumentNode;

        // Then its grade is D with the reason, and its token cost is the sum of its labelled tools' stored counts
        Assert.Equal("D", BuiltSite.Text(page.Find("//span[@class='grade']")));
        Assert.Contains("Critical", BuiltSite.Text(page.Find("//span[@class='grade-explanation']")), StringComparison.Ordinal);
        var total = int.Parse(BuiltSite.Text(page.Find("//strong[@class='token-count']")), System.Globalization.CultureInfo.InvariantCulture);
        var cells = page.FindAll("//table[contains(@class,'tools')]/tbody/tr/td[last()]");
        var measured = cells.Where(td => td.GetAttributeValue("data-sort-value", "") != "-1").ToList();
        Assert.Equal(server.Tools.Where(t => t.Classification is not null).Sum(t => t.Classification!.DefinitionTokens!.Value), total);
        Assert.Equal(total, measured.Sum(td => int.Parse(BuiltSite.Text(td), System.Globalization.CultureInfo.InvariantCulture)));

        // And the tool not labelled yet is not measured: its cell says so, and the total says one tool is left out
        var unmeasured = Assert.Single(cells, td => td.GetAttributeValue("data-sort-value", "") == "-1");
        Assert.Equal("not measured", BuiltSite.Text(unmeasured));
        Assert.Contains("1 of its 12 tools are not measured yet", BuiltSite.Text(page.Find("//section[@aria-labelledby='tokens']")), StringComparison.Ordinal);
    }

    [Fact]
    public void ServerPage_ToolTable_SortableWithNumericRisk()
    {
        // Given the sample server's tool table
        var server = SampleCatalog.Files();
        var table = site.Page(new PageLinks().ForServer(server.Slug, server.Tools.Select(t => t.Name)).Page.FilePath).DocumentNode.Find("//table[contains(@class,'tools')]");

        // Then it is marked sortable, and the risk cells carry a value that sorts Low < Critical
        Assert.Contains("sortable", table.GetAttributeValue("class", ""), StringComparison.Ordinal);
        var run = table.FindAll("tbody/tr").Single(r => BuiltSite.Text(r.Find("td[1]")) == "run_command");
        Assert.Equal("3", run.Find("td[3]").GetAttributeValue("data-sort-value", ""));
    }

    [Fact]
    public void ToolPage_SimilarTools_FromOtherServersWithTheSameCategory()
    {
        // Given three servers: two with a Read "read_file" and one with a Write "write_file"
        using var temp = new TemporaryDirectory();
        var read = SampleCatalog.Server("alpha", [SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("read_file", "Reads."), ToolCategory.Read, RiskLevel.Low)]);
        var other = SampleCatalog.Server("beta", [SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("readFile", "Reads too."), ToolCategory.Read, RiskLevel.Medium)]);
        var write = SampleCatalog.Server("gamma", [SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("write_file", "Writes."), ToolCategory.Write, RiskLevel.High)]);
        new SiteBuilder(new SiteOptions { OutputDirectory = temp.Combine("site") }, new FakePolicyRecommender()).Build([read, other, write], []);

        // When alpha's read_file page is read
        var items = new BuiltSite(temp.Combine("site")).Page("servers/alpha/tools/read_file/index.html").DocumentNode.FindAll("//ul[@class='similar']/li");

        // Then it lists beta's readFile (shared words, same category) but not gamma's write_file
        var item = Assert.Single(items);
        Assert.Equal("readFile", BuiltSite.Text(item.Find("a[1]")));
        Assert.Equal("/servers/beta/tools/readfile-", item.Find("a[1]").GetAttributeValue("href", "")[..29]);
        Assert.Equal("acme/beta", BuiltSite.Text(item.Find("a[2]")));
    }

    [Fact]
    public void ChangesFeed_Atom_OneEntryPerChangeNewestFirst()
    {
        // Given the feed
        var feed = XDocument.Load(site.File("changes/feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        // When its entries are read
        var entries = feed.Root!.Elements(atom + "entry").ToList();

        // Then there is one per change, newest first, each with a unique id; the removed tool links to its server
        Assert.Equal(3, entries.Count);
        Assert.Equal("2025-02-20T17:30:00Z", feed.Root.Element(atom + "updated")!.Value);
        Assert.StartsWith("Changed: evil", entries[0].Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(3, entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count());
        var removed = entries.Single(e => e.Element(atom + "title")!.Value.StartsWith("Removed", StringComparison.Ordinal));
        Assert.Equal("/servers/local-notes/", removed.Element(atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public void Export_JsonLines_OneParsableLinePerTool()
    {
        // Given the export, uncompressed
        var lines = BuiltSite.Gunzip(File.ReadAllBytes(site.File("api/catalog.jsonl.gz"))).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // When each line is parsed
        var tools = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        // Then every tool is there once with its server and label, hostile text kept as data
        Assert.Equal(fixture.Result.Tools, tools.Count);
        var evil = tools.Single(t => t.GetProperty("tool").GetString() == "evil");
        Assert.Equal("acme-files", evil.GetProperty("server").GetString());
        Assert.Equal(SampleCatalog.ScriptDescription, evil.GetProperty("description").GetString());
        Assert.Equal("medium", evil.GetProperty("label").GetProperty("risk").GetString());
        Assert.False(tools.Single(t => t.GetProperty("tool").GetString() == "not_labelled").TryGetProperty("label", out _));
    }

    [Fact]
    public void Export_ReadByGzip_IsOneMemberPerServerAndEveryLineOnce()
    {
        // Given the export, when the system's gzip reads it as a user would (zcat)
        var start = new System.Diagnostics.ProcessStartInfo("gzip", ["-dc", site.File("api/catalog.jsonl.gz")]) { RedirectStandardOutput = true };
        using var gzip = System.Diagnostics.Process.Start(start)!;
        var text = gzip.StandardOutput.ReadToEnd();
        gzip.WaitForExit();

        // Then it reads every member through to the last tool, the same text as .NET's reader gives
        Assert.Equal(0, gzip.ExitCode);
        Assert.Equal(fixture.Result.Tools, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(BuiltSite.Gunzip(File.ReadAllBytes(site.File("api/catalog.jsonl.gz"))), text);

        // And each server's lines are a member of their own, so a rebuild can copy them as they are
        var bytes = File.ReadAllBytes(site.File("api/catalog.jsonl.gz"));
        var members = Enumerable.Range(0, bytes.Length - 3).Count(i => bytes[i] == 0x1f && bytes[i + 1] == 0x8b && bytes[i + 2] == 8 && (i == 0 || IsMemberEnd(bytes, i)));
        Assert.Equal(fixture.Result.Servers, members);
    }

    /// <summary>True when a gzip member ends right before <paramref name="at"/>: its trailer's size field is the length of what it holds.</summary>
    private static bool IsMemberEnd(byte[] bytes, int at)
    {
        try
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes, at, bytes.Length - at), System.IO.Compression.CompressionMode.Decompress);
            return gzip.ReadByte() >= 0;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    [Fact]
    public void LlmsTxt_PointsAtTheMachineReadableFiles()
    {
        // Given llms.txt
        var text = File.ReadAllText(site.File("llms.txt"));

        // Then it is Markdown naming the catalogue and linking the API, the export and the feed, each of which exists
        Assert.StartsWith("# Catalog\n", text, StringComparison.Ordinal);
        foreach (var path in new[] { "/api/index.json", "/api/catalog.jsonl.gz", "/changes/feed.xml" })
        {
            Assert.Contains($"]({path})", text, StringComparison.Ordinal);
            Assert.True(File.Exists(site.FileOf(path)), path);
        }
    }

    [Fact]
    public void Header_SearchForm_GetsTheSearchPage()
    {
        // Given any page, its header search form
        var form = site.Page("servers/index.html").DocumentNode.Find("//header//form[@role='search']");

        // Then it sends q to the search page, which exists and points the script at the index
        Assert.Equal("/search/", form.GetAttributeValue("action", ""));
        Assert.Equal("q", form.Find(".//input[@type='search']").GetAttributeValue("name", ""));
        var search = site.Page("search/index.html").DocumentNode.Find("//div[@id='search']");
        Assert.Equal("/search/index.json", search.GetAttributeValue("data-index", ""));
    }

    [Fact]
    public void ServerListing_Rows_CarryLanguageAndRiskForTheFilter()
    {
        // Given the servers listing
        var page = site.Page("servers/index.html").DocumentNode;

        // Then the filter offers the languages seen, starts hidden (no dead control without JavaScript), and rows carry the values it filters on
        Assert.Equal("", page.Find("//form[@id='server-filter']").GetAttributeValue("hidden", null));
        Assert.Equal(new[] { "", "TypeScript", "unknown" }, page.FindAll("//select[@id='filter-language']/option").Select(o => o.GetAttributeValue("value", "")));
        var row = page.FindAll("//table[@id='server-table']/tbody/tr").Single(r => BuiltSite.Text(r.Find("td[1]")) == "acme/acme-files");
        Assert.Equal("TypeScript", row.GetAttributeValue("data-language", ""));
        Assert.Equal("Critical", row.GetAttributeValue("data-risk", ""));
    }

    [Fact]
    public void RiskListing_MoreThanAPage_SplitIntoLinkedPages()
    {
        // Given 1,100 Low tools
        using var temp = new TemporaryDirectory();
        var servers = Enumerable.Range(0, 11).Select(s => SampleCatalog.Server($"s{s:D2}", Enumerable.Range(0, 100).Select(t =>
            SampleCatalog.Labelled(ToolDefinitionBuilder.Tool($"tool_{t:D3}"), ToolCategory.Read, RiskLevel.Low)).ToList()));
        new SiteBuilder(new SiteOptions { OutputDirectory = temp.Combine("site") }, new FakePolicyRecommender()).Build(servers, []);
        var built = new BuiltSite(temp.Combine("site"));

        // When the Low listing's pages are read
        var first = built.Page("risk/low/index.html").DocumentNode;
        var third = built.Page("risk/low/3/index.html").DocumentNode;

        // Then there are three pages of at most 500, linked in order, and no fourth
        Assert.Equal(500, first.FindAll("//table[contains(@class,'tools')]/tbody/tr").Count);
        Assert.Equal(100, third.FindAll("//table[contains(@class,'tools')]/tbody/tr").Count);
        Assert.Equal("/risk/low/2/", first.Find("//nav[@class='pagination']/a[@rel='next']").GetAttributeValue("href", ""));
        Assert.Equal("/risk/low/2/", third.Find("//nav[@class='pagination']/a[@rel='prev']").GetAttributeValue("href", ""));
        Assert.False(File.Exists(built.File("risk/low/4/index.html")));
        Assert.Equal("tool_000", BuiltSite.Text(first.Find("//table[contains(@class,'tools')]/tbody/tr[1]/td[1]")));
    }
}
