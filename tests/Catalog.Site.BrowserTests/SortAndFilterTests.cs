namespace Catalog.Site.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SortAndFilterTests(BrowserSite site)
{
    [Fact]
    public async Task ToolTable_RiskHeaderClicked_SortsUpThenDown()
    {
        // Given a server page's tool table
        var (page, errors) = await site.OpenAsync("/servers/acme-files/");
        var header = page.Locator("table.tools th", new() { HasText = "Risk" }).Locator("button");

        // When the Risk header is clicked once, then again
        await header.ClickAsync();
        var ascending = await page.Locator("table.tools tbody tr td:nth-child(3)").AllTextContentsAsync();
        await header.ClickAsync();
        var descending = await page.Locator("table.tools tbody tr td:nth-child(3)").AllTextContentsAsync();

        // Then the rows go from Low to Critical, then from Critical to Low, and the header says so
        Assert.Equal("Low", ascending[0]);
        Assert.Equal("Critical", ascending[^1]);
        Assert.Equal("Critical", descending[0]);
        Assert.Equal("descending", await page.Locator("table.tools th[aria-sort]").GetAttributeAsync("aria-sort"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task ServerFilter_LanguageAndRisk_ShowOnlyMatchingServers()
    {
        // Given the servers listing, whose filter the script has shown
        var (page, errors) = await site.OpenAsync("/servers/");
        await page.Locator("#server-filter").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });

        // When Python is chosen, then Critical as well
        await page.SelectOptionAsync("#filter-language", "Python");
        var python = await page.Locator("#server-table tbody tr:visible a.server-link").AllTextContentsAsync();
        await page.SelectOptionAsync("#filter-risk", "Critical");
        var pythonCritical = await page.Locator("#server-table tbody tr:visible a.server-link").AllTextContentsAsync();

        // Then the rows follow both filters and the count is announced
        Assert.Equal(new[] { "acme/notes-py", "acme/payments-py" }, python);
        Assert.Equal(new[] { "acme/payments-py" }, pythonCritical);
        Assert.Equal("1 server shown", await page.Locator("#filter-count").TextContentAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
