using System.Text.Json;
using Catalog.Site.Pages;

namespace Catalog.Site.Tests;

public sealed class ServerPageTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private readonly BuiltSite site = fixture.Site;

    [Fact]
    public void ToolTable_EveryTool_LinksToItsOwnPage()
    {
        // Given the server page of the sample server
        var server = SampleCatalog.Files();
        var page = site.Page(new PageLinks().ForServer(server.Slug, server.Tools.Select(t => t.Name)).Page.FilePath);

        // When every link of the tool table is followed
        var links = page.DocumentNode.FindAll("//table[contains(@class,'tools')]//a[@class='tool-link']").ToList();
        var headings = links.Select(a => BuiltSite.Text(site.PageAt(a.GetAttributeValue("href", "")).DocumentNode.Find("//h1"))).ToList();

        // Then there is one link per tool, each to an existing page headed by that tool's (visible) name
        Assert.Equal(server.Tools.Count, links.Count);
        Assert.Equal(links.Count, links.Select(a => a.GetAttributeValue("href", "")).Distinct().Count());
        var expected = server.Tools.Select(t => t.Name.Replace("\u202E", "[U+202E]", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, headings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ToolTable_Rows_CarryCategoryRiskFlagsAndConfidence()
    {
        // Given the server page
        var server = SampleCatalog.Files();
        var page = site.Page(new PageLinks().ForServer(server.Slug, server.Tools.Select(t => t.Name)).Page.FilePath);

        // When the row of the destructive write tool is read
        var row = page.DocumentNode.FindAll("//table[contains(@class,'tools')]/tbody/tr").Single(r => BuiltSite.Text(r.Find("td[1]")) == "write_file");

        // Then its cells carry the label
        Assert.Equal("Write", row.Find(".//span[@data-category]").GetAttributeValue("data-category", ""));
        Assert.Equal("High", row.Find(".//span[@data-risk]").GetAttributeValue("data-risk", ""));
        Assert.Equal("destructive", row.Find(".//span[@data-flag]").GetAttributeValue("data-flag", ""));
        Assert.Equal("0.90", BuiltSite.Text(row.Find("td[5]")));
    }

    [Fact]
    public void Facts_RepositoryKnown_ShownWithSourceLink()
    {
        // Given the server page
        var server = SampleCatalog.Files();
        var page = site.Page(new PageLinks().ForServer(server.Slug, []).Page.FilePath);

        // When the facts list is read
        var facts = page.DocumentNode.FindAll("//dl[@class='facts']/dt")
            .ToDictionary(dt => BuiltSite.Text(dt), dt => BuiltSite.Text(dt.NextSibling ?? throw new InvalidOperationException("A fact has no value.")));

        // Then each fact is shown, and the repository links to its address
        Assert.Equal("acme/acme-files", facts["Repository"]);
        Assert.Equal("TypeScript", facts["Language"]);
        Assert.Equal("MIT", facts["Licence"]);
        Assert.Equal("42", facts["Stars"]);
        Assert.Equal("unknown", facts["Last commit"]);
        Assert.Equal("https://github.com/acme/acme-files", page.DocumentNode.Find("//dl[@class='facts']//a").GetAttributeValue("href", ""));
    }

    [Fact]
    public void Policy_CodeBlock_EqualsServerPolicyFile()
    {
        // Given the server page and its policy.json
        var server = SampleCatalog.Files();
        var addresses = new PageLinks().ForServer(server.Slug, []);
        var page = site.Page(addresses.Page.FilePath);

        // When the code block is read
        var shown = BuiltSite.Text(page.DocumentNode.Find("//code[@id='server-policy']"));

        // Then it is the file's JSON, listing every classified tool and hiding the unlabelled one
        Assert.Equal(File.ReadAllText(site.File(addresses.Policy.FilePath)), shown);
        using var policy = JsonDocument.Parse(shown);
        Assert.Equal(11, policy.RootElement.GetProperty("tools").EnumerateObject().Count());
        Assert.Equal("not_labelled", policy.RootElement.GetProperty("hide")[0].GetString());
    }

    [Fact]
    public void Api_ServerFile_HoldsToolsLabelsAndPolicy()
    {
        // Given the server's API file
        var server = SampleCatalog.Files();
        var addresses = new PageLinks().ForServer(server.Slug, server.Tools.Select(t => t.Name));
        using var api = JsonDocument.Parse(File.ReadAllText(site.File(addresses.Api.FilePath)));

        // When its tools are read
        var tools = api.RootElement.GetProperty("tools").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);

        // Then each tool has its page and label, and the policy is the server's
        Assert.Equal(server.Tools.Count, tools.Count);
        Assert.Equal("execute", tools["run_command"].GetProperty("label").GetProperty("category").GetString());
        Assert.Equal(addresses.Tool("run_command").Page.Url, tools["run_command"].GetProperty("page").GetString());
        Assert.False(tools["not_labelled"].TryGetProperty("label", out _));
        Assert.Equal("deny", api.RootElement.GetProperty("policy").GetProperty("default").GetString());
    }
}
