namespace Catalog.Site.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSite site)
{
    [Fact]
    public async Task SearchPage_ToolName_FindsTheToolAndOpensItsPage()
    {
        // Given the search page asked for a tool's name
        var (page, errors) = await site.OpenAsync("/search/?q=run_command");

        // When the first result is followed
        var result = page.Locator("#search-results a").First;
        Assert.Equal("run_command", await result.TextContentAsync());
        await result.ClickAsync();
        await page.WaitForURLAsync("**/servers/acme-files/tools/run_command/");

        // Then the tool's page is open, and nothing went wrong on the way
        Assert.Equal("run_command", await page.Locator("h1").TextContentAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task HeaderSearch_Submitted_ShowsMatchesOnTheSearchPage()
    {
        // Given the home page
        var (page, errors) = await site.OpenAsync("/");

        // When a word is typed in the header's search box and sent
        await page.FillAsync("#site-search-q", "refund");
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForURLAsync("**/search/?q=refund");

        // Then the search page lists the tool with its server and risk
        var first = page.Locator("#search-results li").First;
        await first.WaitForAsync();
        Assert.Equal("refund_payment", await first.Locator("a").TextContentAsync());
        Assert.Equal("Critical", await first.Locator("[data-risk]").TextContentAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task SearchPage_RiskWordAndPrefix_FilterAndComplete()
    {
        // Given a query of a word's start and a risk level
        var (page, errors) = await site.OpenAsync("/search/?q=fil+high");

        // When the results are read
        await page.Locator("#search-results li").First.WaitForAsync();
        var names = await page.Locator("#search-results li > a").AllTextContentsAsync();

        // Then "fil" matched the file tools and "high" kept only the High one
        Assert.Equal(new[] { "write_file" }, names);
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
