using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Domain.Tools;
using Catalog.Site.Outputs;
using Catalog.Site.Outputs.Compiled;
using Catalog.Site.Pages;
using Catalog.Testing;
using Fluid;

namespace Catalog.Site.Tests;

/// <summary>
/// The compiled templates against Fluid's interpreter: the same catalogue built both ways must give the same
/// bytes in every file, hostile text included, and the page templates that matter for speed must compile.
/// </summary>
public sealed class CompiledTemplateTests
{
    [Fact]
    public void Build_CompiledAndInterpreted_EveryFileIdentical()
    {
        // Given a catalogue with hostile names and descriptions, unlabelled and unmeasured tools, a local server,
        // empty and missing fields, long histories, similar tools across servers and a 1 MB description
        using var temp = new TemporaryDirectory();
        var servers = Catalogue();

        // When it is built with compiled templates and again with Fluid alone
        new SiteBuilder(new SiteOptions { OutputDirectory = temp.Combine("compiled") }, new FakePolicyRecommender()).Build(servers, []);
        new SiteBuilder(new SiteOptions { OutputDirectory = temp.Combine("fluid") }, new FakePolicyRecommender()) { CompileTemplates = false }.Build(servers, []);

        // Then both sites hold the same files with the same bytes
        var compiled = Files(temp.Combine("compiled"));
        var fluid = Files(temp.Combine("fluid"));
        Assert.Equal(fluid.Keys.Order(StringComparer.Ordinal), compiled.Keys.Order(StringComparer.Ordinal));
        var differing = fluid.Keys.Where(path => !File.ReadAllBytes(fluid[path]).AsSpan().SequenceEqual(File.ReadAllBytes(compiled[path]))).ToList();
        Assert.True(differing.Count == 0, "Pages differ: " + string.Join(", ", differing.Take(10)) + FirstDifference(differing, fluid, compiled));
        Assert.True(fluid.Keys.Count(path => path.EndsWith(".html", StringComparison.Ordinal)) > 20);
    }

    [Theory]
    [InlineData(ToolPage.Template, typeof(ToolPage))]
    [InlineData(ServerPage.Template, typeof(ServerPage))]
    [InlineData(ToolListingPage.Template, typeof(ToolListingPage))]
    [InlineData(ServerListingPage.Template, typeof(ServerListingPage))]
    [InlineData(HomePage.Template, typeof(HomePage))]
    [InlineData(ChangesPage.Template, typeof(ChangesPage))]
    [InlineData(SearchPage.Template, typeof(SearchPage))]
    [InlineData(NotFoundPage.Template, typeof(NotFoundPage))]
    public void Renderer_PageTemplates_AreCompiled(string template, Type model)
    {
        // Given the renderer, when asked why a page template would be left to Fluid, then there is no reason: it is compiled
        Assert.Null(new TemplateRenderer().RefusalFor(template, model));
    }

    [Fact]
    public void Renderer_CompilingOff_RefusesNothingAndCompilesNothing()
    {
        // Given a renderer told not to compile, then it says so
        Assert.False(new TemplateRenderer(compile: false).Compiles);
        Assert.True(new TemplateRenderer().Compiles);
    }

    [Theory]
    [InlineData("{% if tokens %}t{% else %}n{% endif %}")]
    [InlineData("{% if tokens > 5 %}gt{% endif %}{% if tokens < 5 %}lt{% endif %}{% if tokens >= 5 %}ge{% endif %}{% if tokens <= 5 %}le{% endif %}{% if tokens == 5 %}eq{% endif %}{% if tokens != 5 %}ne{% endif %}")]
    [InlineData("{{ flags.size }}|{{ flags.first }}|{% for f in flags %}[{{ f }}]{% else %}none{% endfor %}")]
    [InlineData("{% if category == \"\" %}empty{% endif %}{% if category != \"Read\" %}not-read{% endif %}{% if category %}truthy{% endif %}")]
    [InlineData("{{ name | downcase }}|{{ name | reveal }}|{{ name | visible }}|{{ risk_rank | minus: 2 }}|{{ name.size }}")]
    [InlineData("{{ classified }}|{{ risk_rank }}|{{ tokens }}|{% if classified and risk_rank > 0 %}a{% endif %}{% if classified or tokens %}o{% endif %}")]
    [InlineData("  {%- if confidence -%}  x  {%- endif -%}  \n{{ confidence }}  \n  {%- for f in flags %}\n  {{ f -}}  \n{% endfor %}")]
    public void TryCompile_SmallTemplates_WriteWhatFluidWrites(string text)
    {
        // Given a template over a page model, and models that probe nil, zero, empty, hostile and non-ASCII values
        var options = TemplateRenderer.CreateOptions();
        Assert.True(new Fluid.FluidParser().TryParse(text, out var template, out var error), error);
        var compiled = CompiledTemplate.TryCompile(template, typeof(ToolRow), options, out var refusal) ?? throw new Xunit.Sdk.XunitException(refusal);
        ToolRow[] models =
        [
            new() { Name = "Read_File", Url = "/x/", ServerName = "s", ServerUrl = "/s/", Classified = false },
            new() { Name = "<b>\u202Eevil\u200B</b> & \"q\"", Url = "/x/", ServerName = "s", ServerUrl = "/s/", Classified = true, Category = "Read", Flags = ["destructive", "<i>"], RiskRank = 3, Tokens = 5, Confidence = "" },
            new() { Name = "ÉCRIRE_fichier", Url = "/x/", ServerName = "s", ServerUrl = "/s/", Classified = true, Category = "", Flags = [], RiskRank = 0, Tokens = 0, Confidence = "0.91" },
            new() { Name = "x", Url = "/x/", ServerName = "s", ServerUrl = "/s/", Classified = true, Category = "Write", RiskRank = -1, Tokens = 12 },
        ];

        foreach (var model in models)
        {
            // When each is rendered by Fluid and by the compiled template
            var context = new Fluid.TemplateContext(model, options);
            var expected = template.Render(context, TemplateRenderer.Encoder);
            using var writer = new StringWriter();
            compiled.Render(model, SiteChrome.Create("Catalog", new PageLinks()), writer, TemplateRenderer.Encoder);

            // Then the outputs are the same
            Assert.Equal(expected, writer.ToString());
        }
    }

    [Theory]
    [InlineData("{{ name | upcase }}", "upcase")]
    [InlineData("{% assign x = name %}{{ x }}", "AssignStatement")]
    [InlineData("{{ flags }}", "IReadOnlyList")]
    [InlineData("{{ nothing_here }}", "nothing_here")]
    [InlineData("{% for f in flags limit: 1 %}{{ f }}{% endfor %}", "limit")]
    [InlineData("{% if name > \"a\" %}x{% endif %}", "ordering")]
    public void TryCompile_SomethingNotCovered_RefusedWithTheReason(string text, string reason)
    {
        // Given a template using something the compiler does not cover
        Assert.True(new Fluid.FluidParser().TryParse(text, out var template, out var error), error);

        // When it is compiled, then it is refused, and the reason names what was not covered
        var compiled = CompiledTemplate.TryCompile(template, typeof(ToolRow), TemplateRenderer.CreateOptions(), out var refusal);
        Assert.Null(compiled);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    private static IReadOnlyList<CatalogServer> Catalogue()
    {
        var huge = string.Concat(Enumerable.Repeat("<script>alert(1)</script> \u202E <img src=x onerror=alert(2)> & \"quoted\" 'single' ", 11_000));
        var labelled = SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("read_file", "Reads from another server.", ToolDefinitionBuilder.StringParams("path")), ToolCategory.Read, RiskLevel.Low);
        var unmeasured = SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("list_things", ""), ToolCategory.Read, RiskLevel.Low);
        var titled = ToolDefinitionBuilder.Tool("annotated", "Has hints.", annotations: new ToolAnnotations(ReadOnlyHint: true, DestructiveHint: false)) with { Title = "An <em>annotated</em> tool" };
        var other = SampleCatalog.Server("other-server",
        [
            labelled,
            unmeasured with { Classification = unmeasured.Classification! with { DefinitionTokens = null, Tags = null, Reasons = [] } },
            SampleCatalog.Labelled(titled, ToolCategory.Write, RiskLevel.High),
            SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("huge", huge), ToolCategory.Execute, RiskLevel.Critical),
            new CatalogTool { Definition = ToolDefinitionBuilder.Tool("no_history", "Never seen before.") },
        ]);
        return [.. SampleCatalog.All(), other];
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .ToDictionary(path => Path.GetRelativePath(root, path).Replace('\\', '/'), StringComparer.Ordinal);

    private static string FirstDifference(List<string> differing, Dictionary<string, string> fluid, Dictionary<string, string> compiled)
    {
        if (differing.Count == 0)
        {
            return "";
        }

        var (expected, actual) = (File.ReadAllText(fluid[differing[0]]), File.ReadAllText(compiled[differing[0]]));
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        string Around(string text) => text.Substring(Math.Max(0, at - 80), Math.Min(text.Length - Math.Max(0, at - 80), 200));
        return $"\nfirst difference in {differing[0]} at {at}:\nFluid:    {Around(expected)}\ncompiled: {Around(actual)}";
    }
}
