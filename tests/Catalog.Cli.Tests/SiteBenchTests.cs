using Catalog.Cli.Bench;
using Catalog.Testing;

namespace Catalog.Cli.Tests;

/// <summary><c>catalog bench site</c> as a user runs it: small, but every figure printed; and the guard that keeps Hugo from exhausting the machine.</summary>
public sealed class SiteBenchTests
{
    [Fact]
    public void BenchSite_SmallCatalogue_PrintsEveryFigure()
    {
        // Given a work folder, when the site bench runs over 400 generated tools without Hugo
        using var temp = new TemporaryDirectory("catalog-bench");
        var result = CliProcess.Run(temp.Path, "bench", "site", "--tools", "400", "--skip-hugo", "--work", temp.Path);

        // Then it prints the build, the one-server rebuild (reading one server), the floor (on one per core and on two per core at least) and the ratio, and leaves no files behind
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"catalog: [\d,]+ HTML pages, [\d,]+ files, .* pages/s, .*peak memory \d+ MiB", result.Stdout);
        Assert.Contains($"threads: {Environment.ProcessorCount} preparing servers in the first pass, {2 * Environment.ProcessorCount} rendering and writing", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"catalog, one server changed: rebuilt in [\d.]+ s \(1 of 20 servers read, 1 rendered", result.Stdout);
        Assert.Matches(@"floor: the same [\d,]+ files written with no work on \d+ threads in [\d.]+ s", result.Stdout);
        Assert.Contains($"on {Environment.ProcessorCount} threads in", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"on {2 * Environment.ProcessorCount} threads in", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"ratios: catalog time / floor time \(the fastest floor\) = [\d.]+x", result.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void BenchSite_ThreadsOption_UsedByTheBuildAndTheFloorAndRefusedWhenNotPositive()
    {
        // Given a work folder, when the site bench runs on three threads, and again on none
        using var temp = new TemporaryDirectory("catalog-bench");
        var result = CliProcess.Run(temp.Path, "bench", "site", "--tools", "200", "--skip-hugo", "--work", temp.Path, "--threads", "3");
        var refused = CliProcess.Run(temp.Path, "bench", "site", "--tools", "200", "--skip-hugo", "--work", temp.Path, "--threads", "0");

        // Then the build used three and the floor is also written on three; zero is a usage error
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("threads: 3 preparing servers in the first pass, 3 rendering and writing", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("on 3 threads in", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--threads", refused.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000, 24L << 30, false)]
    [InlineData(632_407, 24L << 30, true)]
    [InlineData(632_407, 64L << 30, false)]
    public void RefusalFor_PagesAgainstFreeMemory_RefusesOnlyWhatWouldNotFit(int pages, long free, bool refused)
    {
        // Given a number of pages and the free memory, when asked whether Hugo may build them
        var refusal = HugoMemory.RefusalFor(pages, free);

        // Then it refuses exactly when its estimate passes three quarters of the free memory, saying how much would fit
        Assert.Equal(refused, refusal is not null);
        if (refusal is not null)
        {
            Assert.Contains("GiB", refusal, StringComparison.Ordinal);
            Assert.Contains("fits up to about", refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RefusalFor_FreeMemoryUnknown_LetsHugoRun()
    {
        // Given no reading of the free memory (no /proc), then Hugo is not refused on a guess
        Assert.Null(HugoMemory.RefusalFor(1_000_000, null));
    }
}
