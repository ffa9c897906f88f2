using System.Text.Json;
using Catalog.Testing;

namespace Catalog.Site.BrowserTests;

/// <summary>Every kind of page loads without a console error, runs nothing from repository text, and passes axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageHealthTests(BrowserSite site)
{
    private const string AxeViolations = """
        async () => {
          const result = await axe.run(document, { resultTypes: ["violations"] });
          return result.violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => v.id + " (" + v.impact + "): " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "));
        }
        """;

    public static TheoryData<string> PageKinds => new()
    {
        "/",
        "/servers/",
        "/servers/acme-files/",
        "/servers/acme-files/tools/evil/",
        "/risk/critical/",
        "/categories/read/",
        "/changes/",
        "/search/?q=file",
    };

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Page_Loaded_NoConsoleErrorAndNoInjectedScript(string path)
    {
        // Given a page of each kind, when it has loaded and its scripts have run
        var (page, errors) = await site.OpenAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        // Then nothing was logged as an error and no repository text ran as code
        Assert.Empty(errors);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task NotFound_UnknownAddress_ShowsTheSitePage()
    {
        // Given an address the site does not have
        var (page, errors) = await site.OpenAsync("/servers/no-such-server/");

        // Then the site's 404 page is shown, and the only error is the 404 itself
        Assert.Equal("Page not found", await page.Locator("h1").TextContentAsync());
        Assert.All(errors, e => Assert.Contains("404", e, StringComparison.Ordinal));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/servers/acme-files/")]
    [InlineData("/servers/acme-files/tools/run_command/")]
    public async Task Page_Axe_NoSeriousOrCriticalViolations(string path)
    {
        // Given a page with axe-core injected
        var axe = RepositoryPaths.InRoot("tests", "Catalog.Site.BrowserTests", "axe", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"axe-core is not installed at {axe}; run 'npm ci' in tests/Catalog.Site.BrowserTests/axe (.ci/run does).");
        var (page, _) = await site.OpenAsync(path, site.Audit);
        await page.AddScriptTagAsync(new() { Path = axe });

        // When axe checks it
        var violations = await page.EvaluateAsync<JsonElement>(AxeViolations);

        // Then it finds nothing serious or critical
        Assert.Empty(violations.EnumerateArray().Select(v => v.GetString()));
        await page.CloseAsync();
    }
}
