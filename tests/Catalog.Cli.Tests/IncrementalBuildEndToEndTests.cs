using Catalog.Testing;

namespace Catalog.Cli.Tests;

/// <summary>
/// The nightly after one repository changed, through the real program and a real database: the store's stamps
/// let the build read only that server, and the site it leaves is the one a clean build makes.
/// </summary>
public sealed class IncrementalBuildEndToEndTests
{
    private const string Original = "Read a text file inside the allowed directories.";
    private const string Revised = "Read a text file inside the allowed directories, revised tonight.";

    [Fact]
    public void Nightly_OneRepositoryChanged_BuildReadsOnlyItsServerAndEqualsACleanBuild()
    {
        // Given the nightly run over a copy of the samples
        using var temp = new TemporaryDirectory("catalog-incremental");
        var samples = temp.Combine("samples");
        SiteTree.Copy(RepositoryPaths.Samples, samples);
        var database = temp.Combine("catalog.db");
        var site = temp.Combine("site");
        Succeeds(CliProcess.Run(temp.Path, "nightly", "--source", samples, "--db", database, "--out", site));

        // When one tool's docstring changes in one repository and the nightly runs again
        var source = Path.Combine(samples, "cinder-files-mcp", "cinder_files", "server.py");
        var text = File.ReadAllText(source);
        Assert.Contains(Original, text, StringComparison.Ordinal);
        File.WriteAllText(source, text.Replace(Original, Revised, StringComparison.Ordinal));
        var second = CliProcess.Run(temp.Path, "nightly", "--source", samples, "--db", database, "--out", site);

        // Then the build read one server of the catalogue, not all of them, and the tool page says the new text
        Succeeds(second);
        Assert.Matches(@"build: \d+ servers \(1 read, \d+ rendered", second.Stderr);
        var page = Directory.EnumerateFiles(Path.Combine(site, "servers"), "index.html", SearchOption.AllDirectories)
            .Single(p => p.Contains($"{Path.DirectorySeparatorChar}read_text_file{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.Contains("revised tonight", File.ReadAllText(page), StringComparison.Ordinal);

        // And a clean build from the same database gives the same published files
        var clean = temp.Combine("clean");
        Succeeds(CliProcess.Run(temp.Path, "build", "--db", database, "--out", clean));
        var expected = SiteTree.Published(clean);
        var actual = SiteTree.Published(site);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs from a clean build"));
    }

    private static void Succeeds(CliResult result) => Assert.True(result.ExitCode == 0, result.ToString());
}
