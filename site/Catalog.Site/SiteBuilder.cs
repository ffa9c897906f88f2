using System.Diagnostics;
using Catalog.Domain.Catalog;
using Catalog.Domain.Policies;
using Catalog.Site.Outputs;
using Catalog.Site.Pages;
using Catalog.Site.Pipeline;

namespace Catalog.Site;

/// <summary>
/// Builds the static site from the catalogue. Servers stream through the per-server steps one at a
/// time (only small aggregates are kept), then the site-wide steps run, and the staged site replaces
/// the previous one only at the very end. Building twice from the same data gives identical files.
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>Run for each server, in this order, as the servers stream past.</summary>
    private static readonly IServerStep[] ServerSteps =
    [
        new CollectTotals(),
        new RenderServerPages(),
        new RenderToolPages(),
        new WritePolicies(),
        new WriteServerApi(),
    ];

    /// <summary>Run once after every server; the sitemap needs every page written and the swap comes last.</summary>
    private static readonly ISiteStep[] SiteSteps =
    [
        new RenderHome(),
        new RenderListings(),
        new RenderChanges(),
        new RenderNotFound(),
        new WriteApiIndex(),
        new CopyAssets(),
        new WriteRobots(),
        new WriteSitemap(),
        new SwapIntoPlace(),
    ];

    private readonly SiteOptions options;
    private readonly IPolicyRecommender policies;
    private readonly TemplateRenderer renderer;

    public SiteBuilder(SiteOptions options, IPolicyRecommender policies)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.OutputDirectory);
        this.options = options;
        this.policies = policies;
        renderer = new TemplateRenderer();
    }

    /// <param name="servers">Read once, server by server; may be a lazy sequence straight from the store.</param>
    /// <param name="changes">The changes feed shown on the home and changes pages.</param>
    /// <exception cref="SiteBuildException">A step failed; the previous site is untouched.</exception>
    public SiteBuildResult Build(IEnumerable<CatalogServer> servers, IReadOnlyList<ToolChange> changes)
    {
        ArgumentNullException.ThrowIfNull(servers);
        ArgumentNullException.ThrowIfNull(changes);
        var clock = Stopwatch.StartNew();
        var links = new PageLinks(options.BaseUrl);
        using var output = StagedSite.Open(options.OutputDirectory);
        var context = new SiteBuildContext
        {
            Links = links,
            Chrome = SiteChrome.Create(options.Title, links),
            Renderer = renderer,
            Output = output,
            Changes = changes,
            Totals = new SiteTotals(changes),
        };

        foreach (var server in Read(servers))
        {
            var work = Run("PrepareServer", server.Slug, () => ServerWork.Prepare(server, links, policies));
            foreach (var step in ServerSteps)
            {
                Run(step.Name, server.Slug, () => step.Run(work, context));
            }
        }

        foreach (var step in SiteSteps)
        {
            Run(step.Name, null, () => step.Run(context));
        }

        return new SiteBuildResult
        {
            PagesWritten = output.Written,
            PagesUnchanged = output.Unchanged,
            FilesRemoved = context.FilesRemoved,
            Servers = context.Totals.Servers.Count,
            Tools = context.Totals.Counts.Tools,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Failures while reading the servers are reported like a step's, with the server read last.</summary>
    private static IEnumerable<CatalogServer> Read(IEnumerable<CatalogServer> servers)
    {
        string? last = null;
        using var enumerator = servers.GetEnumerator();
        while (true)
        {
            CatalogServer server;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                server = enumerator.Current ?? throw new InvalidOperationException("The servers sequence holds a null.");
            }
            catch (Exception ex)
            {
                throw new SiteBuildException(last is null ? "ReadServers" : $"ReadServers (after {last})", null, ex);
            }

            last = server.Slug;
            yield return server;
        }
    }

    private static void Run(string step, string? server, Action action) => Run(step, server, () =>
    {
        action();
        return true;
    });

    private static T Run<T>(string step, string? server, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not SiteBuildException)
        {
            throw new SiteBuildException(step, server, ex);
        }
    }
}
