using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Catalog.Cli.Tests;

/// <summary><c>catalog serve</c> hosts the built site on the loopback address, as a person would open it.</summary>
public sealed partial class ServeCommandTests(NightlySiteFixture site) : IClassFixture<NightlySiteFixture>
{
    [Fact]
    public async Task Serve_BuiltSite_ServesPagesOnLoopbackAndA404Page()
    {
        Assert.Equal(0, site.FirstRun.ExitCode);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "catalog.dll"), "serve", "--out", site.Site, "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var address = await ReadAddressAsync(process);
            Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };

            var home = await http.GetAsync("/");
            var missing = await http.GetAsync("/no/such/page/");

            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("<html", await home.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void Serve_FolderWithoutSite_ExitsWithUsageError()
    {
        using var temp = new Catalog.Testing.TemporaryDirectory();

        var result = CliProcess.Run(temp.Path, "serve", "--out", temp.Path, "--port", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no site", result.Stderr, StringComparison.Ordinal);
    }

    private static async Task<string> ReadAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = Address().Match(line);
            if (match.Success)
            {
                return match.Value;
            }
        }

        throw new InvalidOperationException("catalog serve printed no address");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
