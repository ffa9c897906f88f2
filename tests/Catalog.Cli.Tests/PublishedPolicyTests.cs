using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Crawler.Repositories;
using HtmlAgilityPack;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace Catalog.Cli.Tests;

/// <summary>
/// The policies the real program publishes for the bundled samples: policy.json against the published
/// schema, Intercept YAML through YamlDotNet, tool pages against server pages, and <c>catalog policy</c>.
/// </summary>
public sealed class PublishedPolicyTests(NightlySiteFixture site) : IClassFixture<NightlySiteFixture>
{
    private const string PaymentsRepository = "northwind-payments-mcp";

    [Fact]
    public async Task EveryPolicyJson_ValidatesAgainstThePublishedSchema()
    {
        // Given the built site and the schema it publishes
        Assert.True(site.FirstRun.ExitCode == 0, site.FirstRun.ToString());
        var schema = await PublishedSchema();

        // When every policy.json, and every policy inside the server API files (the server's and each tool's), is validated
        var policies = Files("policy.json").Select(path => (path, Text: File.ReadAllText(path)))
            .Concat(Directory.EnumerateFiles(Path.Combine(site.Site, "api", "servers"), "*.json").SelectMany(path => ApiPolicies(path).Select(text => (path, Text: text))))
            .ToList();
        var failures = policies
            .Select(policy => (policy.path, Errors: schema.Validate(policy.Text)))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{result.path}: {string.Join("; ", result.Errors)}")
            .ToList();

        // Then there is one per server and per sample tool, and none has an error
        Assert.True(policies.Count >= 2 * 15 + 104, $"only {policies.Count} policies were found");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("version", "\"2\"")]
    [InlineData("default", "\"maybe\"")]
    [InlineData("hide", "\"delete_item\"")]
    [InlineData("extra", "true")]
    public async Task PublishedSchema_DocumentWithWrongMember_IsRejected(string member, string value)
    {
        // Given a valid published policy with one member replaced by a wrong value
        var schema = await PublishedSchema();
        var policy = JsonNode.Parse(File.ReadAllText(Path.Combine(site.Site, "servers", PaymentsSlug, "policy.json")))!.AsObject();
        policy[member] = JsonNode.Parse(value);

        // When it is validated
        var errors = schema.Validate(policy.ToJsonString());

        // Then the schema rejects it
        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData("""{"limits":[{"counter":"c","window":"week","max":5,"scope":"grant"}]}""")]
    [InlineData("""{"limits":[{"counter":"c","window":"hour","max":0}]}""")]
    [InlineData("""{"deny_if":[{"conditions":[{"path":"args.command","op":"regex","value":7}],"on_deny":"No."}]}""")]
    [InlineData("""{"deny_if":[{"conditions":[{"path":"args.amount","op":"lte","value":"100"}],"on_deny":"No."}]}""")]
    [InlineData("""{"deny_if":[{"conditions":[{"path":"command","op":"eq","value":"x"}],"on_deny":"No."}]}""")]
    [InlineData("""{"deny_if":[{"conditions":[{"path":"args.x","op":"matches","value":"x"}],"on_deny":"No."}]}""")]
    [InlineData("""{"deny_if":[{"conditions":[]}]}""")]
    public async Task PublishedSchema_ToolWithBrokenRule_IsRejected(string rule)
    {
        // Given a policy whose one tool has a broken rule
        var schema = await PublishedSchema();
        var policy = """{"version":"1","default":"deny","tools":{"t":""" + rule + "}}";

        // When it is validated
        var errors = schema.Validate(policy);

        // Then the schema rejects it
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void EveryPolicyYaml_ParsesRoundTripsAndAgreesWithItsPolicyJson()
    {
        // Given every policy.yaml the site wrote
        Assert.True(site.FirstRun.ExitCode == 0, site.FirstRun.ToString());
        var files = Files("policy.yaml").ToList();
        Assert.Equal(Files("policy.json").Count(), files.Count);

        foreach (var path in files)
        {
            // When YamlDotNet parses it, writes it out and parses that again
            var text = File.ReadAllText(path);
            var parsed = ParseYaml(text);
            var saved = new StringWriter();
            new YamlStream(new YamlDocument(parsed)).Save(saved, assignAnchors: false);
            var again = ParseYaml(saved.ToString());

            // Then the two readings are the same, the file is printable ASCII, and it agrees with policy.json beside it
            Assert.Equal(Canonical(parsed), Canonical(again));
            Assert.All(text, c => Assert.True(c == '\n' || c is >= ' ' and <= '~', $"{path}: U+{(int)c:X4} written as is"));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "policy.json")));
            AssertSameShape(json.RootElement, parsed, path);
        }
    }

    [Fact]
    public void ToolPages_AndServerPages_NeverDisagreeAboutAToolsRule()
    {
        // Given every server page and the pages of its tools
        Assert.True(site.FirstRun.ExitCode == 0, site.FirstRun.ToString());
        var servers = Directory.GetDirectories(Path.Combine(site.Site, "servers")).Where(dir => File.Exists(Path.Combine(dir, "index.html"))).ToList();
        Assert.Equal(15, servers.Count);
        var compared = 0;
        foreach (var serverDir in servers)
        {
            var serverPage = Load(Path.Combine(serverDir, "index.html"));
            var serverJson = JsonDocument.Parse(Block(serverPage, "server-policy", Path.Combine(serverDir, "policy.json"))).RootElement;
            var serverYaml = ParseYaml(Block(serverPage, "server-policy-yaml", Path.Combine(serverDir, "policy.yaml")));
            foreach (var link in serverPage.DocumentNode.SelectNodes("//a[contains(concat(' ', @class, ' '), ' tool-link ')]") ?? Enumerable.Empty<HtmlNode>())
            {
                // When the tool's page is read
                var toolDir = Path.GetDirectoryName(Resolve(HtmlEntity.DeEntitize(link.GetAttributeValue("href", ""))))!;
                var toolPage = Load(Path.Combine(toolDir, "index.html"));
                var toolJson = JsonDocument.Parse(Block(toolPage, "tool-policy", Path.Combine(toolDir, "policy.json"))).RootElement;
                var toolYaml = ParseYaml(Block(toolPage, "tool-policy-yaml", Path.Combine(toolDir, "policy.yaml")));

                // Then the tool's own policy names exactly one tool (listed or hidden), which the server's names too,
                var name = Assert.Single(Named(toolJson));
                Assert.Contains(name, Named(serverJson));

                // and both formats give it the same rule, or hide it, on both pages; and the page says why
                Assert.Equal(JsonRule(serverJson, name), JsonRule(toolJson, name));
                Assert.Equal(Hidden(serverJson, name), Hidden(toolJson, name));
                Assert.Equal(YamlRules(serverYaml, name), YamlRules(toolYaml, name));
                Assert.Equal(Hidden(serverJson, name), YamlHidden(serverYaml, name));
                Assert.Equal(Hidden(toolJson, name), YamlHidden(toolYaml, name));
                var explanation = HtmlEntity.DeEntitize(toolPage.DocumentNode.SelectSingleNode("//p[@class='explanation']")?.InnerText ?? "");
                Assert.EndsWith(".", explanation, StringComparison.Ordinal);
                compared++;
            }
        }

        Assert.Equal(104, compared);
    }

    [Fact]
    public void ToolPage_PaymentWithAmount_YamlAllowsSmallAmountsWhileJsonAsksForApproval()
    {
        // Given the page of a sample tool that refunds money and takes an amount
        var toolDir = Path.Combine(site.Site, "servers", PaymentsSlug, "tools", "create_refund");

        // When its two policies are read from the page
        var page = Load(Path.Combine(toolDir, "index.html"));
        using var json = JsonDocument.Parse(Block(page, "tool-policy", Path.Combine(toolDir, "policy.json")));
        var yaml = ParseYaml(Block(page, "tool-policy-yaml", Path.Combine(toolDir, "policy.yaml")));

        // Then policy.json refuses every call for approval, and the YAML bounds the amount under a daily counter
        var deny = json.RootElement.GetProperty("tools").GetProperty("create_refund").GetProperty("deny_if")[0];
        Assert.Equal("Requires human approval.", deny.GetProperty("on_deny").GetString());
        Assert.Equal(0, deny.GetProperty("conditions").GetArrayLength());
        var rules = Canonical(Tools(yaml)[new YamlScalarNode("create_refund")]);
        Assert.Contains("{path:\"args.amount\",op:lte,value:100}", rules, StringComparison.Ordinal);
        Assert.Contains("state:{counter:\"small_payments\",window:day,increment:1}", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyCommand_ToolAsYaml_PrintsWhatTheToolPagePublishes()
    {
        // Given a stored server and one of its tools
        var toolDir = Path.Combine(site.Site, "servers", PaymentsSlug, "tools", "create_refund");
        var published = Block(Load(Path.Combine(toolDir, "index.html")), "tool-policy-yaml", Path.Combine(toolDir, "policy.yaml"));

        // When the command prints the tool's policy as YAML
        var (code, stdout, stderr) = Run("policy", PaymentsSlug, "--db", site.Database, "--tool", "create_refund", "--format", "yaml");

        // Then it is the text the site published
        Assert.True(code == ExitCode.Success, stderr);
        Assert.Equal(published, stdout);
    }

    [Fact]
    public void PolicyCommand_ServerAsJson_PrintsWhatTheServerPagePublishes()
    {
        // Given a stored server
        var published = File.ReadAllText(Path.Combine(site.Site, "servers", PaymentsSlug, "policy.json"));

        // When the command prints its balanced policy as JSON
        var (code, stdout, stderr) = Run("policy", PaymentsSlug, "--db", site.Database);

        // Then it is the text the site published
        Assert.True(code == ExitCode.Success, stderr);
        Assert.Equal(published + "\n", stdout);
    }

    [Theory]
    [InlineData("strict", "deny")]
    [InlineData("balanced", "deny")]
    [InlineData("permissive", "allow")]
    public async Task PolicyCommand_EveryProfileInBothFormats_IsValidAndAgrees(string profile, string expectedDefault)
    {
        // Given a stored server and the published schema
        var schema = await PublishedSchema();

        // When the command prints the profile in both formats
        var json = Run("policy", PaymentsSlug, "--db", site.Database, "--profile", profile, "--format", "json");
        var yaml = Run("policy", PaymentsSlug, "--db", site.Database, "--profile", profile, "--format", "yaml");

        // Then the JSON validates, the YAML parses, and both have the profile's posture and list the same tools
        Assert.True(json.Code == ExitCode.Success, json.Stderr);
        Assert.True(yaml.Code == ExitCode.Success, yaml.Stderr);
        Assert.Empty(schema.Validate(json.Stdout));
        using var document = JsonDocument.Parse(json.Stdout);
        var parsed = ParseYaml(yaml.Stdout);
        Assert.Equal(expectedDefault, document.RootElement.GetProperty("default").GetString());
        AssertSameShape(document.RootElement, parsed, profile);
        var listed = document.RootElement.GetProperty("tools").EnumerateObject().Select(tool => tool.Name).ToList();
        if (profile == "strict")
        {
            Assert.Equal(["get_payment", "list_payments", "search_customers"], listed);
        }
    }

    [Fact]
    public void PolicyCommand_ProfileWithTool_IsAUsageError()
    {
        // Given a tool's policy asked for under a whole-server profile
        // When the command runs
        var (code, _, stderr) = Run("policy", PaymentsSlug, "--db", site.Database, "--tool", "create_refund", "--profile", "strict");

        // Then it refuses, saying why
        Assert.Equal(ExitCode.Fatal, code);
        Assert.Contains("--profile", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyCommand_UnknownFormat_IsAUsageError()
    {
        // Given a format the command does not write
        // When the command runs
        var (code, _, _) = Run("policy", PaymentsSlug, "--db", site.Database, "--format", "toml");

        // Then it refuses
        Assert.Equal(ExitCode.Fatal, code);
    }

    private static string PaymentsSlug => ServerSlugs.ForServer(ServerSlugs.FromRepository(PaymentsRepository), "");

    private async Task<JsonSchema> PublishedSchema()
    {
        var path = Path.Combine(site.Site, "schema", "policy.v1.json");
        Assert.True(File.Exists(path), $"the site publishes no schema at {path}\n{site.FirstRun}");
        return await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(path));
    }

    private IEnumerable<string> Files(string name) =>
        Directory.EnumerateFiles(Path.Combine(site.Site, "servers"), name, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The server's policy and every tool's own policy in a server API file.</summary>
    private static IEnumerable<string> ApiPolicies(string path)
    {
        using var api = JsonDocument.Parse(File.ReadAllText(path));
        var policies = new List<string> { api.RootElement.GetProperty("policy").GetRawText() };
        policies.AddRange(api.RootElement.GetProperty("tools").EnumerateArray().Select(tool => tool.GetProperty("policy").GetRawText()));
        return policies;
    }

    /// <summary>
    /// The code block's text, after checking that its copy button is there and that its download gives the same
    /// text: the file beside a server page, or the data: URL of a tool page (tools have no policy files).
    /// </summary>
    private static string Block(HtmlDocument page, string id, string file)
    {
        var code = page.DocumentNode.SelectSingleNode($"//pre/code[@id='{id}']") ?? throw new Xunit.Sdk.XunitException($"no code block #{id}");
        var text = HtmlEntity.DeEntitize(code.InnerText);
        Assert.NotNull(page.DocumentNode.SelectSingleNode($"//button[@data-copy-target='{id}']"));
        var fileName = Path.GetFileName(file);
        var download = page.DocumentNode.SelectSingleNode($"//a[@download='{fileName}']") ?? throw new Xunit.Sdk.XunitException($"no download link for {fileName}");
        var href = HtmlEntity.DeEntitize(download.GetAttributeValue("href", ""));
        if (href.StartsWith("data:", StringComparison.Ordinal))
        {
            Assert.False(File.Exists(file), $"{file} should not exist: a tool's policy is only in its page");
            var comma = href.IndexOf(',', StringComparison.Ordinal);
            Assert.EndsWith(";charset=utf-8;base64", href[..comma], StringComparison.Ordinal);
            Assert.Equal(text, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(href[(comma + 1)..])));
        }
        else
        {
            Assert.Equal(File.ReadAllText(file), text);
            Assert.EndsWith("/" + fileName, href, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Every tool a policy.json names, listed or hidden.</summary>
    private static List<string> Named(JsonElement policy) =>
    [
        .. policy.GetProperty("tools").EnumerateObject().Select(tool => tool.Name),
        .. policy.TryGetProperty("hide", out var hide) ? hide.EnumerateArray().Select(item => item.GetString()!) : [],
    ];

    private static string? JsonRule(JsonElement policy, string name) =>
        policy.GetProperty("tools").TryGetProperty(name, out var rule) ? JsonNode.Parse(rule.GetRawText())!.ToJsonString() : null;

    private static bool Hidden(JsonElement policy, string name) =>
        policy.TryGetProperty("hide", out var hide) && hide.EnumerateArray().Any(item => item.GetString() == name);

    private static string? YamlRules(YamlMappingNode policy, string name) =>
        Tools(policy).Children.TryGetValue(new YamlScalarNode(name), out var rules) ? Canonical(rules) : null;

    private static bool YamlHidden(YamlMappingNode policy, string name) =>
        policy.Children.TryGetValue(new YamlScalarNode("hide"), out var hide) && ((YamlSequenceNode)hide).Any(item => ((YamlScalarNode)item).Value == name);

    private static YamlMappingNode Tools(YamlMappingNode policy) => (YamlMappingNode)policy[new YamlScalarNode("tools")];

    /// <summary>The posture, hidden tools and listed tools agree; "*" in the YAML stands for policy.json's all_tools.</summary>
    private static void AssertSameShape(JsonElement json, YamlMappingNode yaml, string where)
    {
        Assert.Equal("1", ((YamlScalarNode)yaml[new YamlScalarNode("version")]).Value);
        Assert.Equal(json.GetProperty("default").GetString(), ((YamlScalarNode)yaml[new YamlScalarNode("default")]).Value);
        var jsonHide = json.TryGetProperty("hide", out var hide) ? hide.EnumerateArray().Select(item => item.GetString()).ToList() : [];
        var yamlHide = yaml.Children.TryGetValue(new YamlScalarNode("hide"), out var hidden) ? ((YamlSequenceNode)hidden).Select(item => ((YamlScalarNode)item).Value).ToList() : [];
        Assert.Equal(jsonHide, yamlHide);
        var jsonTools = json.GetProperty("tools").EnumerateObject().Select(tool => tool.Name).ToList();
        var yamlTools = Tools(yaml).Children.Keys.Select(key => ((YamlScalarNode)key).Value).Where(key => key != "*").ToList();
        Assert.True(jsonTools.SequenceEqual(yamlTools), $"{where}: policy.json lists [{string.Join(", ", jsonTools)}], the YAML [{string.Join(", ", yamlTools)}]");
        Assert.Equal(json.TryGetProperty("all_tools", out _), Tools(yaml).Children.ContainsKey(new YamlScalarNode("*")));
    }

    private static YamlMappingNode ParseYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    /// <summary>A node as text that tells quoted from plain scalars, so two readings can be compared exactly.</summary>
    private static string Canonical(YamlNode node) => node switch
    {
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any } plain => plain.Value ?? "~",
        YamlScalarNode quoted => JsonSerializer.Serialize(quoted.Value),
        YamlSequenceNode list => "[" + string.Join(",", list.Select(Canonical)) + "]",
        YamlMappingNode map => "{" + string.Join(",", map.Children.Select(entry => Canonical(entry.Key) + ":" + Canonical(entry.Value))) + "}",
        _ => throw new Xunit.Sdk.XunitException($"unexpected node {node.NodeType}"),
    };

    private string Resolve(string href) => Path.Combine(site.Site, href.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));

    private static HtmlDocument Load(string path)
    {
        Assert.True(File.Exists(path), $"missing page {path}");
        var document = new HtmlDocument();
        document.Load(path, Encoding.UTF8);
        return document;
    }

    private static (ExitCode Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CatalogApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
