using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Domain.Classification;
using Catalog.Site.Pages;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>The policy sections of tool and server pages: both formats, their files, and agreement between the pages.</summary>
public sealed class PolicySectionTests
{
    [Fact]
    public void ToolAndServerPages_BothFormats_ShowTheFilesBesideThemWithCopyAndDownload()
    {
        // Given a site built from one server
        using var temp = new TemporaryDirectory("catalog-policy");
        var server = SampleCatalog.Local();
        new SiteBuilder(new SiteOptions { OutputDirectory = temp.Combine("site") }, new FakePolicyRecommender()).Build([server], []);
        var site = new BuiltSite(temp.Combine("site"));
        var addresses = new PageLinks().ForServer(server.Slug, server.Tools.Select(t => t.Name));
        var tool = addresses.Tool(server.Tools[0].Name);

        // When the pages' policy blocks are read
        var pages = new[]
        {
            (Page: site.Page(addresses.Page.FilePath), Json: addresses.Policy, Yaml: addresses.PolicyYaml, Id: "server-policy"),
            (Page: site.Page(tool.Page.FilePath), Json: tool.Policy, Yaml: tool.PolicyYaml, Id: "tool-policy"),
        };

        // Then each page shows both files' text, with a copy button and a download link for each, and links the schema
        foreach (var (page, json, yaml, id) in pages)
        {
            Assert.Equal(File.ReadAllText(site.File(json.FilePath)), BuiltSite.Text(page.DocumentNode.Find($"//code[@id='{id}']")));
            Assert.Equal(File.ReadAllText(site.File(yaml.FilePath)), BuiltSite.Text(page.DocumentNode.Find($"//code[@id='{id}-yaml']")));
            page.DocumentNode.Find($"//button[@data-copy-target='{id}']");
            page.DocumentNode.Find($"//button[@data-copy-target='{id}-yaml']");
            Assert.Equal(json.Url, page.DocumentNode.Find("//a[@download='policy.json']").GetAttributeValue("href", ""));
            Assert.Equal(yaml.Url, page.DocumentNode.Find("//a[@download='policy.yaml']").GetAttributeValue("href", ""));
            Assert.Equal("/schema/policy.v1.json", page.DocumentNode.Find("//section[@aria-labelledby='policy']//a[contains(@href, 'schema')]").GetAttributeValue("href", ""));
        }

        Assert.True(File.Exists(site.File("schema/policy.v1.json")));
    }

    [Fact]
    public void ServerPage_TwoDefinitionsUnderOneName_AgreesWithTheToolPage()
    {
        // Given a server that lists a read and a write under the same name
        using var temp = new TemporaryDirectory("catalog-policy");
        var read = SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("item", "Get an item."), ToolCategory.Read, RiskLevel.Low);
        var write = SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("item", "Change an item."), ToolCategory.Write, RiskLevel.Medium);
        var server = SampleCatalog.Server("twice", [read, write]);

        // When the site is built
        new SiteBuilder(new SiteOptions { OutputDirectory = temp.Combine("site") }, new FakePolicyRecommender()).Build([server], []);
        var addresses = new PageLinks().ForServer(server.Slug, ["item"]);
        var site = new BuiltSite(temp.Combine("site"));

        // Then the server's policy names the tool once, with the very rule its page shows
        using var serverPolicy = JsonDocument.Parse(File.ReadAllText(site.File(addresses.Policy.FilePath)));
        using var toolPolicy = JsonDocument.Parse(File.ReadAllText(site.File(addresses.Tool("item").Policy.FilePath)));
        var listed = serverPolicy.RootElement.GetProperty("tools").EnumerateObject().ToList();
        Assert.Equal("item", Assert.Single(listed).Name);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(listed[0].Value.GetRawText()),
            JsonNode.Parse(toolPolicy.RootElement.GetProperty("tools").GetProperty("item").GetRawText())));
        var yaml = InterceptYamlReader.Read(File.ReadAllText(site.File(addresses.PolicyYaml.FilePath)));
        Assert.Equal("item", Assert.Single(yaml.Tools).Key);
    }
}
