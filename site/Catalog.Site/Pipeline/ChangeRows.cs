using Catalog.Domain.Catalog;
using Catalog.Domain.Crawling;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

internal static class ChangeRows
{
    /// <summary>The changes, newest first; a removed tool is named but not linked, since it has no page any more.</summary>
    public static IEnumerable<ChangeRow> Create(IEnumerable<ToolChange> changes, SiteTotals totals) =>
        Orderings.NewestFirst(changes).Select(c => new ChangeRow(
            Labels.Date(c.At),
            c.Kind.ToString(),
            c.ServerSlug,
            totals.ServerUrl(c.ServerSlug),
            c.ToolName,
            c.Kind == ToolChangeKind.Removed ? null : totals.ToolUrl(c.ServerSlug, c.ToolName),
            c.Version));
}
