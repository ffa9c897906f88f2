using Catalog.Domain.Catalog;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>A build stopped on request (Ctrl+C in the CLI): it ends promptly and leaves the previous site exactly as it was.</summary>
public sealed class CancelledBuildTests
{
    private static SiteBuilder Builder(string output) => new(new SiteOptions { OutputDirectory = output }, new FakePolicyRecommender());

    /// <summary>The sample servers, the request to stop arriving while the <paramref name="at"/>-th server is read.</summary>
    private static IEnumerable<CatalogServer> StoppingAt(int at, CancellationTokenSource stop)
    {
        var read = 0;
        foreach (var server in SampleCatalog.All().Concat(Enumerable.Range(0, 10).Select(i => SampleCatalog.Server($"extra-{i}", SampleCatalog.Files().Tools))))
        {
            if (++read == at)
            {
                stop.Cancel();
            }

            yield return server;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(12)]
    public void Build_CancelledWhileReading_ThrowsAndLeavesThePreviousSite(int at)
    {
        // Given a built site
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        Builder(output).Build(SampleCatalog.All(), SampleCatalog.Changes());
        var before = new BuiltSite(output).Snapshot();

        // When a rebuild over more servers is asked to stop partway through reading them
        using var stop = new CancellationTokenSource();
        var catalog = new EnumeratedSiteCatalog(StoppingAt(at, stop));

        // Then it stops with a cancellation (not a build failure), and the site and its folder are as they were
        Assert.ThrowsAny<OperationCanceledException>(() => Builder(output).Build(catalog, SampleCatalog.Changes(), stop.Token));
        var after = new BuiltSite(output).Snapshot();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), file.Key));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_FirstBuildCancelled_LeavesNoSiteAndTheNextBuildSucceeds()
    {
        // Given no site yet, when the first build is cancelled before it starts
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("site");
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Builder(output).Build(new EnumeratedSiteCatalog(SampleCatalog.All()), SampleCatalog.Changes(), stop.Token));

        // Then nothing is left beside it, and a build that is not cancelled makes the site
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
        var result = Builder(output).Build(new EnumeratedSiteCatalog(SampleCatalog.All()), SampleCatalog.Changes());
        Assert.True(result.PagesWritten > 0);
    }
}
