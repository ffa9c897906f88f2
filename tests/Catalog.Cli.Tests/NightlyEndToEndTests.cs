using System.Security.Cryptography;
using System.Text.Json;
using Catalog.Crawler.Repositories;
using Catalog.Testing;
using HtmlAgilityPack;
using RepositoryPaths = Catalog.Testing.RepositoryPaths;

namespace Catalog.Cli.Tests;

/// <summary>The whole job, as a newcomer runs it: the real program over the bundled samples, judged by parsing what it wrote.</summary>
public sealed class NightlyEndToEndTests(NightlySiteFixture site) : IClassFixture<NightlySiteFixture>
{
    private static readonly IReadOnlyList<ExpectedSampleTool> Expected = ExpectedSampleTool.LoadAll();

    [Fact]
    public void Nightly_OverSamples_Succeeds()
    {
        Assert.True(site.FirstRun.ExitCode == 0, site.FirstRun.ToString());
        Assert.True(File.Exists(Path.Combine(site.Site, "index.html")), site.FirstRun.ToString());
    }

    public static TheoryData<string, string, string> SampleTools()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var tool in Expected)
        {
            data.Add(tool.Repository, tool.Subfolder, tool.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleTools))]
    public void ToolPage_ForEverySampleTool_ShowsExpectedLabelsAndMatchingPolicy(string repository, string subfolder, string name)
    {
        var expected = Expected.Single(t => t.Repository == repository && t.Subfolder == subfolder && t.Name == name);

        var page = LoadToolPage(expected);

        Assert.Equal(expected.Category, Attribute(page, "data-category"));
        Assert.Equal(expected.Risk, Attribute(page, "data-risk"));
        var policy = PolicyOn(page);
        AssertPolicyMatchesLabels(policy, expected);
    }

    [Fact]
    public void ToolPage_HostileDescription_RendersAsTextInsideOutputFolder()
    {
        var hostile = Expected.Where(t => t.Description.Contains("<script>", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hostile);
        foreach (var tool in hostile)
        {
            var page = LoadToolPage(tool);
            var scripts = page.DocumentNode.SelectNodes("//script") ?? Enumerable.Empty<HtmlNode>();
            Assert.All(scripts, s => Assert.False(string.IsNullOrEmpty(s.GetAttributeValue("src", "")), "an inline script was rendered"));
            Assert.Null(page.DocumentNode.SelectSingleNode("//*[@onerror]"));
            Assert.Contains("<script>alert(1)</script>", HtmlEntity.DeEntitize(page.DocumentNode.InnerText), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToolPage_PathTraversalName_StaysInsideOutputFolder()
    {
        var traversal = Expected.Single(t => t.Name == "../../x");

        var page = LoadToolPage(traversal, out var path);

        Assert.StartsWith(Path.GetFullPath(site.Site) + Path.DirectorySeparatorChar, Path.GetFullPath(path), StringComparison.Ordinal);
        Assert.Contains("../../x", HtmlEntity.DeEntitize(page.DocumentNode.SelectSingleNode("//h1")?.InnerText ?? ""), StringComparison.Ordinal);
        var outside = Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order().ToList();
        Assert.All(outside, entry => Assert.True(entry is "site" or "catalog.db" or "catalog.db-wal" or "catalog.db-shm" || entry!.StartsWith("site", StringComparison.Ordinal), $"unexpected '{entry}' beside the site"));
        Assert.False(File.Exists(Path.Combine(site.Root, "x")));
    }

    [Fact]
    public void Nightly_RunAgainWithNoChanges_ChangesNothing()
    {
        Assert.Equal(0, site.FirstRun.ExitCode);
        var before = HashTree(site.Site);

        var second = CliProcess.Run(site.Root, "nightly", "--source", RepositoryPaths.Samples, "--db", site.Database, "--out", site.Site);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("0 new, 0 changed", second.Stderr, StringComparison.Ordinal);
        Assert.Contains("tools 0 added, 0 changed, 0 removed", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, HashTree(site.Site));
    }

    private HtmlDocument LoadToolPage(ExpectedSampleTool tool) => LoadToolPage(tool, out _);

    private HtmlDocument LoadToolPage(ExpectedSampleTool tool, out string path)
    {
        var slug = ServerSlugs.ForServer(ServerSlugs.FromRepository(tool.Repository), tool.Subfolder);
        var serverDir = Path.Combine(site.Site, "servers", slug);
        var serverPage = Load(Path.Combine(serverDir, "index.html"));
        var links = serverPage.DocumentNode.SelectNodes("//table//a[@href]") ?? throw new Xunit.Sdk.XunitException($"no tool links on {slug}'s page");
        var link = links.SingleOrDefault(a => HtmlEntity.DeEntitize(a.InnerText).Trim() == tool.Name)
            ?? throw new Xunit.Sdk.XunitException($"no link to '{tool.Name}' on {slug}'s page");
        var href = HtmlEntity.DeEntitize(link.GetAttributeValue("href", ""));
        path = ResolveHref(serverDir, href);
        return Load(path);
    }

    private string ResolveHref(string pageDir, string href)
    {
        var target = href.StartsWith('/')
            ? Path.Combine(site.Site, href.TrimStart('/'))
            : Path.GetFullPath(Path.Combine(pageDir, href));
        return target.EndsWith('/') || Directory.Exists(target) ? Path.Combine(target, "index.html") : target;
    }

    private static HtmlDocument Load(string path)
    {
        Assert.True(File.Exists(path), $"missing page {path}");
        var doc = new HtmlDocument();
        doc.Load(path);
        return doc;
    }

    private static string Attribute(HtmlDocument page, string attribute)
    {
        var node = page.DocumentNode.SelectSingleNode($"//main//*[@{attribute}]") ?? page.DocumentNode.SelectSingleNode($"//*[@{attribute}]");
        Assert.NotNull(node);
        return node.GetAttributeValue(attribute, "");
    }

    private static JsonElement PolicyOn(HtmlDocument page)
    {
        foreach (var code in page.DocumentNode.SelectNodes("//pre/code") ?? Enumerable.Empty<HtmlNode>())
        {
            var text = HtmlEntity.DeEntitize(code.InnerText);
            try
            {
                var json = JsonDocument.Parse(text).RootElement;
                if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("version", out var v) && v.GetString() == "1")
                {
                    return json.Clone();
                }
            }
            catch (JsonException)
            {
            }
        }

        throw new Xunit.Sdk.XunitException("no policy.json snippet on the tool page");
    }

    private static void AssertPolicyMatchesLabels(JsonElement policy, ExpectedSampleTool tool)
    {
        Assert.Equal("deny", policy.GetProperty("default").GetString());
        var hidden = policy.TryGetProperty("hide", out var hide) && hide.EnumerateArray().Any(h => h.GetString() == tool.Name);
        if (tool.Destructive)
        {
            Assert.True(hidden, $"destructive tool {tool.Name} is not hidden");
            return;
        }

        Assert.False(hidden, $"{tool.Name} is hidden but not destructive");
        var rule = policy.GetProperty("tools").GetProperty(tool.Name);
        var denies = rule.TryGetProperty("deny_if", out var d) ? d.EnumerateArray().ToList() : [];
        var alwaysDenied = denies.Any(x => x.GetProperty("conditions").GetArrayLength() == 0);
        if (tool.Financial && tool.Category != "Read")
        {
            Assert.Contains(denies, x => x.GetProperty("on_deny").GetString() == "Requires human approval.");
            return;
        }

        if (tool.Risk == "Critical")
        {
            Assert.True(alwaysDenied, $"critical tool {tool.Name} is not denied");
            return;
        }

        Assert.False(alwaysDenied, $"{tool.Name} is always denied");
        var limits = rule.GetProperty("limits").EnumerateArray().ToList();
        Assert.NotEmpty(limits);
        Assert.All(limits, l => Assert.Equal("grant", l.GetProperty("scope").GetString()));
        var window = limits[0].GetProperty("window").GetString();
        switch (tool.Category)
        {
            case "Read":
                Assert.Equal("minute", window);
                break;
            case "Write":
                Assert.Equal("hour", window);
                break;
            case "Execute":
                Assert.Equal("minute", window);
                Assert.Equal(10, limits[0].GetProperty("max").GetInt32());
                break;
        }
    }

    private static Dictionary<string, string> HashTree(string root) => Directory
        .EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .ToDictionary(
            f => Path.GetRelativePath(root, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
