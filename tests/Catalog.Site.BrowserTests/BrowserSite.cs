using Catalog.Classifier.Policies;
using Catalog.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Catalog.Site.BrowserTests;

/// <summary>
/// The browser catalogue built once, served by Kestrel on 127.0.0.1 (a free port), and one headless
/// Chromium with a fresh profile, shared by every browser test. A missing Chromium fails every test
/// with the reason: the suite must never pass by not running.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly TemporaryDirectory temp = new("catalog-browser");
    private WebApplication? server;
    private IPlaywright? playwright;
    private IBrowser? chromium;

    public string SiteFolder => temp.Combine("site");

    public string BaseUrl { get; private set; } = "";

    /// <summary>The context the tests browse in, with clipboard access granted for the site's origin.</summary>
    public IBrowserContext Browser { get; private set; } = null!;

    /// <summary>
    /// A context that ignores the pages' Content-Security-Policy, only so axe can be injected as a script
    /// tag; every other check runs in <see cref="Browser"/>, where the policy applies.
    /// </summary>
    public IBrowserContext Audit { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; the browser tests need Debian's 'chromium' package (run tests/setup.sh, or apt-get install -y chromium).");
        }

        new SiteBuilder(new SiteOptions { OutputDirectory = SiteFolder }, new PolicyRecommender()).Build(BrowserCatalog.Servers(), BrowserCatalog.Changes());

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server = builder.Build();
        var files = new PhysicalFileProvider(SiteFolder);
        server.UseStatusCodePagesWithReExecute("/404.html");
        server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".yaml"] = "application/yaml";
        server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        await server.StartAsync();
        BaseUrl = server.Urls.First().TrimEnd('/');

        // Playwright must use Debian's Chromium; it is never allowed to fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        // Launch (not a persistent context) gives Chromium a new temporary user-data dir, removed on close.
        chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Browser = await chromium.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        await Browser.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = BaseUrl });
        Audit = await chromium.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
    }

    /// <summary>A new tab that records console errors and uncaught exceptions.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, IBrowserContext? context = null)
    {
        var page = await (context ?? Browser).NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        var response = await page.GotoAsync(BaseUrl + path);
        Assert.NotNull(response);
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        temp.Dispose();
    }
}
