using Catalog.Domain.Policies;
using Catalog.Domain.Stores;
using Catalog.Site;

namespace Catalog.Cli.Stages;

/// <summary>Renders the site from the store. The site builder swaps the new site in only when the whole build succeeded.</summary>
public sealed class BuildStage(ICatalogReader reader, IPolicyRecommender policies, CliConsole console)
{
    /// <summary>How many recent changes the home page and the feed show.</summary>
    private const int RecentChanges = 500;

    public StageOutcome Run(string outputDirectory, string baseUrl, CancellationToken cancellation = default)
    {
        var builder = new SiteBuilder(new SiteOptions { OutputDirectory = outputDirectory, BaseUrl = baseUrl }, policies);
        var result = builder.Build(new StoreSiteCatalog(reader), reader.ReadChanges(RecentChanges), cancellation);
        console.Log($"build: {result.Servers} servers ({result.ServersRead} read, {result.ServersRendered} rendered, the rest unchanged), {result.Tools} tools; {result.PagesWritten} files written, {result.PagesUnchanged} unchanged, {result.FilesRemoved} removed in {result.Elapsed.TotalSeconds:0.00} s");
        console.Log($"build: site is in {Path.GetFullPath(outputDirectory)}");
        return StageOutcome.Success;
    }
}
