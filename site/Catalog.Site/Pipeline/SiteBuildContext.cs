using Catalog.Domain.Catalog;
using Catalog.Site.Outputs;
using Catalog.Site.Pages;

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

    /// <summary>Set by the swap: files of the previous site that this one no longer has.</summary>
    public int FilesRemoved { get; set; }

    public void WritePage(SiteAddress address, string template, object model, string title) =>
        Output.Write(address.FilePath, Renderer.Render(template, model, Chrome, title));
}
