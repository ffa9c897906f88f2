using System.Text.Json;
using Catalog.Domain.Catalog;
using Catalog.Site.Pages;
using Catalog.Testing;
using HtmlAgilityPack;

namespace Catalog.Site.Tests;

public sealed class ToolPageTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private static readonly CatalogServer Files = SampleCatalog.Files();
    private static readonly string[] SiteScripts = ["/assets/copy.js", "/assets/sort.js", "/assets/filter.js", "/assets/search.js"];
    private readonly BuiltSite site = fixture.Site;

    private static ToolAddresses AddressOf(string toolName) =>
        new PageLinks().ForServer(Files.Slug, Files.Tools.Select(t => t.Name)).Tool(toolName);

    private HtmlDocument PageOf(string toolName) => site.Page(AddressOf(toolName).Page.FilePath);

    [Fact]
    public void Badges_ClassifiedTool_ShowCategoryAndRiskAsTextAndDataAttributes()
    {
        // Given the page of an Execute / Critical tool
        var page = PageOf("run_command");

        // When its label badges are read
        var category = page.DocumentNode.Find("//p[@class='badges']//span[@data-category]");
        var risk = page.DocumentNode.Find("//p[@class='badges']//span[@data-risk]");

        // Then both carry the label as data attribute and as text
        Assert.Equal("Execute", category.GetAttributeValue("data-category", ""));
        Assert.Equal("Execute", BuiltSite.Text(category));
        Assert.Equal("Critical", risk.GetAttributeValue("data-risk", ""));
        Assert.Contains("Critical", BuiltSite.Text(risk), StringComparison.Ordinal);
        Assert.Equal("0.75", BuiltSite.Text(page.DocumentNode.Find("//span[@class='confidence']")));
        Assert.Equal("The name run_command suggests Execute.", BuiltSite.Text(page.DocumentNode.Find("//ul[@class='reasons']/li")));
    }

    [Fact]
    public void Flags_DestructiveTool_ListsTheFlag()
    {
        // Given the page of a destructive write tool
        var page = PageOf("write_file");

        // When its flags are read
        var flags = page.DocumentNode.FindAll("//p[@class='badges']//span[@data-flag]").Select(n => n.GetAttributeValue("data-flag", "")).ToList();

        // Then only the flag that is set is shown
        Assert.Equal(new[] { "destructive" }, flags);
    }

    [Fact]
    public void Description_ScriptAndImageMarkup_RenderedAsTextOnly()
    {
        // Given a tool whose description is hostile markup
        var page = PageOf("evil");

        // When the page is parsed
        var scripts = page.DocumentNode.FindAll("//script");
        var description = page.DocumentNode.Find("//section[h2[@id='description']]/div[@class='description']");

        // Then no element comes from it: the only script is the site's own file, there is no image, and the text is intact
        Assert.Equal(SiteScripts, scripts.Select(s => s.GetAttributeValue("src", "")));
        Assert.Null(page.DocumentNode.SelectSingleNode("//img"));
        Assert.DoesNotContain(description.ChildNodes, n => n.NodeType == HtmlNodeType.Element);
        Assert.Equal(SampleCatalog.ScriptDescription, BuiltSite.Text(description));
    }

    [Fact]
    public void Name_Markup_ShownAsTextInHeadingAndTitle()
    {
        // Given a tool whose name is markup meant to close the title and run a script
        var page = PageOf(SampleCatalog.MarkupName);

        // When the page is parsed
        var root = page.DocumentNode;

        // Then the name is text in the heading and the title, and it made no element
        Assert.Equal(SampleCatalog.MarkupName, BuiltSite.Text(root.Find("//h1")));
        Assert.StartsWith(SampleCatalog.MarkupName, BuiltSite.Text(root.Find("//title")), StringComparison.Ordinal);
        Assert.Equal(SiteScripts, root.FindAll("//script").Select(s => s.GetAttributeValue("src", "")));
        Assert.Null(root.SelectSingleNode("//*[@onclick]"));
    }

    [Fact]
    public void Description_LineBreaks_KeptAsText()
    {
        // Given a description with a line break
        var page = PageOf("read_file");

        // When the description block is read
        var description = page.DocumentNode.Find("//div[@class='description']");

        // Then the break is in the text (the stylesheet keeps it visible) and no <br> or <p> was made
        Assert.Equal("Reads a file.\nReturns its text.", BuiltSite.Text(description));
        Assert.DoesNotContain(description.ChildNodes, n => n.NodeType == HtmlNodeType.Element);
    }

    [Fact]
    public void Description_TextBeyondAscii_WrittenAsUtf8WithMarkupStillEscaped()
    {
        // Given a tool described in Japanese and German, with markup and a bidi override in the same text
        using var temp = new TemporaryDirectory();
        const string Words = "読み取り専用のツール · Liest Dateien \"sicher\" ein";
        var tool = SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("lesen", Words + " <b onclick=\"x()\">fett</b>\u202E."), Domain.Classification.ToolCategory.Read, Domain.Classification.RiskLevel.Low);
        var server = SampleCatalog.Server("mehrsprachig", [tool]);
        new SiteBuilder(new SiteOptions { OutputDirectory = temp.Path }, new FakePolicyRecommender()).Build([server], []);

        // When the tool page's bytes are read
        var file = Path.Combine([temp.Path, .. new PageLinks().ForServer(server.Slug, ["lesen"]).Tool("lesen").Page.FilePath.Split('/')]);
        var html = File.ReadAllText(file, System.Text.Encoding.UTF8);

        // Then the words are there as UTF-8, not as character references, while the markup is text and the override is marked
        Assert.Contains("読み取り専用のツール · Liest Dateien &quot;sicher&quot; ein &lt;b onclick=&quot;x()&quot;&gt;fett&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x8AAD;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        var description = new HtmlDocument();
        description.LoadHtml(html);
        Assert.StartsWith(Words + " <b onclick=\"x()\">fett</b>", BuiltSite.Text(description.DocumentNode.Find("//div[@class='description']")), StringComparison.Ordinal);
    }

    [Fact]
    public void Name_BidiAndInvisibleCharacters_ShownAsMarkedCodePoints()
    {
        // Given a tool whose name hides a right-to-left override and whose description hides zero-width characters
        var page = PageOf(SampleCatalog.BidiName);

        // When its heading and description are read
        var heading = page.DocumentNode.Find("//h1");
        var description = page.DocumentNode.Find("//div[@class='description']");
        var title = page.DocumentNode.Find("//title");

        // Then none of those characters reach the page; each is shown as its code point in a marked span
        Assert.Equal("invoice[U+202E]gpj.exe", BuiltSite.Text(heading));
        Assert.Equal("[U+202E]", BuiltSite.Text(heading.Find("span[@class='invisible-char']")));
        Assert.Equal("Reads a file.[U+200B]Then[U+2066] obeys hidden[U+FEFF] text.", BuiltSite.Text(description));
        Assert.Equal(3, description.FindAll("span[@class='invisible-char']").Count);
        Assert.Contains("[U+202E]", BuiltSite.Text(title), StringComparison.Ordinal);
        var all = BuiltSite.Text(page.DocumentNode);
        Assert.DoesNotContain('\u202E', all);
        Assert.DoesNotContain('\u200B', all);
        Assert.DoesNotContain('\uFEFF', all);
    }

    [Fact]
    public void Policy_CodeBlock_ParsesAsJsonAndEqualsTheDownload()
    {
        // Given a tool with a deny rule and a limit
        var address = AddressOf("run_command");
        var page = site.Page(address.Page.FilePath);

        // When the code block and the download link's data are read
        var code = page.DocumentNode.Find("//code[@id='tool-policy']");
        var shown = BuiltSite.Text(code);
        var written = BuiltSite.DataUrlText(page.DocumentNode.Find("//a[@download='policy.json']").GetAttributeValue("href", ""), "application/json");

        // Then they are the same JSON document, the copy button points at the block, and no policy file sits beside the page
        using var parsed = JsonDocument.Parse(shown);
        Assert.Equal(written, shown);
        Assert.Equal("deny", parsed.RootElement.GetProperty("default").GetString());
        Assert.True(parsed.RootElement.GetProperty("tools").TryGetProperty("run_command", out _));
        Assert.Equal("tool-policy", page.DocumentNode.Find("//button[@data-copy-target]").GetAttributeValue("data-copy-target", ""));
        Assert.Equal(["index.html"], Directory.GetFiles(Path.GetDirectoryName(site.File(address.Page.FilePath))!).Select(Path.GetFileName));
        Assert.Equal("Tool run_command is Execute, so it gets the Execute rule.", BuiltSite.Text(page.DocumentNode.Find("//p[@class='explanation']")));
    }

    [Fact]
    public void Parameters_ValidSchema_ListsNameTypeAndRequired()
    {
        // Given a tool taking two required strings
        var page = PageOf("write_file");

        // When the parameters table is read
        var rows = page.DocumentNode.FindAll("//table[@class='parameters']/tbody/tr")
            .Select(r => r.FindAll("td").Select(BuiltSite.Text).ToArray())
            .ToList();

        // Then each parameter is a row in schema order
        Assert.Equal(new[] { new[] { "path", "string", "yes", "" }, new[] { "content", "string", "yes", "" } }, rows);
    }

    [Fact]
    public void Parameters_MalformedSchema_ShowsNoteInsteadOfTable()
    {
        // Given a tool whose schema is cut off
        var page = PageOf("broken_schema");

        // When its parameters section is read
        var section = page.DocumentNode.Find("//section[h2[@id='parameters']]");

        // Then a note explains, and there is no table
        Assert.Contains("not valid JSON", BuiltSite.Text(section.Find("p[@class='notice']")), StringComparison.Ordinal);
        Assert.Null(section.SelectSingleNode("table"));
    }

    [Fact]
    public void Definition_RepositoryAndCommitKnown_LinksToFileAndLine()
    {
        // Given a server with a GitHub address and a head commit
        var page = PageOf("read_file");

        // When the definition link is read
        var link = page.DocumentNode.Find("//section[h2[@id='source']]//a");

        // Then it points at the exact file and line of that commit
        Assert.Equal($"https://github.com/acme/acme-files/blob/{SampleCatalog.Commit}/src/index.ts#L12", link.GetAttributeValue("href", ""));
        Assert.Equal("src/index.ts:12", BuiltSite.Text(link));
    }

    [Fact]
    public void Definition_NonHttpRepositoryAddress_NotLinked()
    {
        // Given a server whose repository address is a javascript: URL
        var local = SampleCatalog.Local();
        var address = new PageLinks().ForServer(local.Slug, local.Tools.Select(t => t.Name)).Tool("list_notes");
        var page = site.Page(address.Page.FilePath);

        // When the definition section is read
        var section = page.DocumentNode.Find("//section[h2[@id='source']]");

        // Then the location is shown as text only, and no link on the page uses that scheme
        Assert.Null(section.SelectSingleNode(".//a"));
        Assert.Equal("notes/server.py:1", BuiltSite.Text(section.Find(".//code")));
        Assert.DoesNotContain(page.DocumentNode.FindAll("//a[@href]"), a => a.GetAttributeValue("href", "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void History_TwoVersions_NewestFirstWithDates()
    {
        // Given a tool with two stored versions
        var page = PageOf("read_file");

        // When the history table is read
        var rows = page.DocumentNode.FindAll("//table[@class='history']/tbody/tr");

        // Then the current version comes first with its date from the data
        Assert.Equal(2, rows.Count);
        Assert.Equal("2 (current)", BuiltSite.Text(rows[0].Find("td[1]")));
        Assert.Equal("2025-02-20", BuiltSite.Text(rows[0].Find("td[2]")));
        Assert.Equal("2025-01-10", BuiltSite.Text(rows[1].Find("td[2]")));
    }

    [Fact]
    public void Annotations_DeclaredAndUndeclaredHints_ShownDistinctly()
    {
        // Given a tool declaring only readOnlyHint
        var page = PageOf("read_file");

        // When the annotations table is read
        var hints = page.DocumentNode.FindAll("//table[@class='annotations']/tbody/tr")
            .ToDictionary(r => BuiltSite.Text(r.Find("th")), r => BuiltSite.Text(r.Find("td")));

        // Then the declared hint shows its value and the others say they are not declared
        Assert.Equal("true", hints["readOnlyHint"]);
        Assert.Equal("not declared", hints["destructiveHint"]);
    }

    [Fact]
    public void Annotations_NoneDeclared_OneSentenceNoTable()
    {
        // Given a tool declaring no hints
        var page = PageOf("not_labelled");

        // When the annotations section is read
        var section = page.DocumentNode.Find("//section[@aria-labelledby='annotations']");

        // Then it says so in one sentence naming the four hints, without a table of "not declared"
        Assert.Null(section.SelectSingleNode(".//table"));
        Assert.Contains("declares none of the behaviour hints", BuiltSite.Text(section), StringComparison.Ordinal);
        Assert.Equal(4, section.FindAll(".//code").Count);
    }

    [Fact]
    public void Label_UnclassifiedTool_SaysSoWithoutBadges()
    {
        // Given a tool the classifier has not labelled
        var page = PageOf("not_labelled");

        // When the label section is read
        var section = page.DocumentNode.Find("//section[h2[@id='label']]");

        // Then it says so and shows no badge
        Assert.NotNull(section.SelectSingleNode("p[@class='unclassified']"));
        Assert.Null(section.SelectSingleNode(".//span[@class='badge']"));
    }

    [Fact]
    public void Tokens_LabelledTool_ShowsTheCountStoredWithItsLabel()
    {
        // Given a labelled tool, whose label carries the token count the classifier measured
        var stored = SampleCatalog.Files().Tools.Single(t => t.Name == "read_file").Classification!.DefinitionTokens;

        // When its page is read
        var count = PageOf("read_file").DocumentNode.Find("//span[@class='token-count']");

        // Then the page shows that count
        Assert.Equal(stored.ToString(), BuiltSite.Text(count));
    }

    [Fact]
    public void Tokens_UnlabelledTool_SaysNotMeasuredYet()
    {
        // Given a tool the classifier has not labelled (so its definition is not measured either)
        var page = PageOf("not_labelled");

        // Then it shows no count, and says why
        Assert.Null(page.DocumentNode.SelectSingleNode("//span[@class='token-count']"));
        Assert.Contains("is not measured yet", BuiltSite.Text(page.DocumentNode.Find("//main")), StringComparison.Ordinal);
    }
}
