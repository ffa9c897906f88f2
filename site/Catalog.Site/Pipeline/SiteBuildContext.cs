using Catalog.Domain.Catalog;
using Catalog.Site.Outputs;
using Catalog.Site.Pages;
using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

/// <summary>What every step shares during one build.</summary>
internal sealed class SiteBuildContext
{
    public required PageLinks Links { get; init; }
    public required SiteChrome Chrome { get; init; }
    public required TemplateRenderer Renderer { get; init; }
    public required StagedSite Output { get; init; }
    public required IReadOnlyList<ToolChange> Changes { get; init; }
    public required SiteTotals Totals { get; init; }

    /// <summary>Collected in the first pass (or restored from the previous build's state and brought up to date), frozen before any page is rendered.</summary>
    public required SearchIndex Search { get; set; }

    /// <summary>
    /// Every server of this build in reading order as <see cref="SiteState"/> keeps it; null when the
    /// catalogue reports no stamps (no later build could use a state, so none is written).
    /// </summary>
    public List<SiteState.StateServer>? StateServers { get; set; }

    /// <summary>The servers the first pass read whole because they changed (a few, after a small change), by slug; rendering uses them as they are.</summary>
    public Dictionary<string, CatalogServer> ServersRead { get; } = new(StringComparer.Ordinal);

    /// <summary>What the previous build's listing pages and sitemap were made from (see <see cref="SiteState.Inputs"/>); empty when unknown.</summary>
    public IReadOnlyDictionary<string, UInt128> PreviousInputs { get; set; } = new Dictionary<string, UInt128>();

    /// <summary>What this build's listing pages and sitemap are made from, kept in the state for the next build.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, UInt128> Inputs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes a page unless the previous build wrote it from the same <paramref name="inputs"/> and it is
    /// still as it was; the page is then kept without rendering it.
    /// </summary>
    public void WritePageUnlessSame(SiteAddress address, UInt128 inputs, Func<(string Template, object Model, string Title)> page)
    {
        Inputs[address.FilePath] = inputs;
        if (PreviousInputs.TryGetValue(address.FilePath, out var previous) && previous == inputs && Output.TryKeep([address.FilePath]))
        {
            return;
        }

        var (template, model, title) = page();
        WritePage(address, template, model, title);
    }

    /// <summary>Set once the search index is written.</summary>
    /// <summary>The export the render threads make, in a build with nothing to carry over; null when the first pass made it.</summary>
    public OrderedExport? Export { get; set; }

    public SearchIndexStats? SearchStats { get; set; }

    /// <summary>True once the first pass stands on the previous build's state (see <see cref="SiteState"/>).</summary>
    public bool StateUsed { get; set; }

    /// <summary>Checked between servers and steps; never inside the commit.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>See <see cref="SiteBuilder.BeforeCommitApplies"/>.</summary>
    public Action? BeforeCommitApplies { get; init; }

    /// <summary>Servers read whole by the first pass (see <see cref="SiteBuildResult.ServersRead"/>).</summary>
    public int ServersIndexed { get; set; }

    /// <summary>Servers whose export lines were copied from the previous build's export (counted in the first pass, one thread).</summary>
    public int ExportServersReused { get; set; }

    /// <summary>Set by the swap: files of the previous site that this one no longer has.</summary>
    public int FilesRemoved { get; set; }

    /// <summary>Renders and writes one page; called from several threads at once while servers render in parallel.</summary>
    public void WritePage(SiteAddress address, string template, object model, string title) =>
        Output.Write(address.FilePath, Renderer.RenderUtf8(template, model, Chrome, title));
}
