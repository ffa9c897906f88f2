using System.Diagnostics;
using Catalog.Testing;

namespace Catalog.Cli.Tests;

/// <summary>
/// The real program's site build killed at several moments, as a machine or an operator might: the site is
/// never left with a torn file, and the next build ends with exactly the site a clean build makes.
/// </summary>
public sealed class SiteBuildKillTests : IDisposable
{
    private const string Coupon = "packages/billing-mcp/src/index.ts";
    private const string Before = "Apply a coupon code to a subscription from the next billing period.";
    private const string After = "Apply a coupon code to a subscription, starting with the next billing period.";

    private readonly TemporaryDirectory temp = new("catalog-kill-build");

    [Fact]
    public void Build_KilledAtAnyMoment_NextBuildEqualsACleanBuild()
    {
        // Given a site built from the samples, then one tool's description changed in the source and crawled
        var samples = temp.Combine("samples");
        SiteTree.Copy(RepositoryPaths.Samples, samples);
        var database = temp.Combine("catalog.db");
        var site = temp.Combine("site");
        Succeeds(CliProcess.Run(temp.Path, "nightly", "--source", samples, "--db", database, "--out", site));
        var source = Path.Combine(samples, "acme-platform", Coupon);
        File.WriteAllText(source, File.ReadAllText(source).Replace(Before, After, StringComparison.Ordinal));
        Succeeds(CliProcess.Run(temp.Path, "crawl", "--source", samples, "--db", database));
        Succeeds(CliProcess.Run(temp.Path, "classify", "--db", database));

        // When builds of the changed catalogue are killed at several moments, each leaving the site whole
        var killed = 0;
        foreach (var delay in new[] { 200, 300, 450, 600, 800, 1000, 1300 })
        {
            killed += KillBuildAfter(TimeSpan.FromMilliseconds(delay), database, site) ? 1 : 0;
            AssertNoTornPage(site);
        }

        Assert.True(killed >= 3, $"only {killed} builds were still running when killed");

        // Then one more build completes, and the site equals a clean build into a new folder, with nothing left beside it
        Succeeds(CliProcess.Run(temp.Path, "build", "--db", database, "--out", site));
        Succeeds(CliProcess.Run(temp.Path, "build", "--db", database, "--out", temp.Combine("clean")));
        var built = SiteTree.Published(site);
        var clean = SiteTree.Published(temp.Combine("clean"));
        Assert.Equal(clean.Keys.Order(StringComparer.Ordinal), built.Keys.Order(StringComparer.Ordinal));
        Assert.All(clean, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(built[pair.Key]), $"{pair.Key} differs from a clean build"));
        Assert.Contains(built.Keys, path => path.EndsWith("index.html", StringComparison.Ordinal) && System.Text.Encoding.UTF8.GetString(built[path]).Contains(After, StringComparison.Ordinal));
        Assert.Empty(Directory.GetDirectories(temp.Path, ".site.*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    public void Dispose() => temp.Dispose();

    /// <returns>True when the build was still running and was killed.</returns>
    private bool KillBuildAfter(TimeSpan delay, string database, string site)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "catalog.dll"), "build", "--db", database, "--out", site })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("catalog did not start");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();

        // Either it finishes within the delay (then there is nothing to kill) or it dies where it stands.
        if (process.WaitForExit(delay))
        {
            return false;
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }

    /// <summary>Every page of the live site is a whole document: a reader never meets half a file.</summary>
    private static void AssertNoTornPage(string site)
    {
        foreach (var page in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            Assert.EndsWith("</html>\n", File.ReadAllText(page), StringComparison.Ordinal);
        }
    }

    private static void Succeeds(CliResult result) => Assert.True(result.ExitCode == 0, result.ToString());
}
