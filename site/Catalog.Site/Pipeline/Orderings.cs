using Catalog.Domain.Catalog;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>The fixed orders of every list on the site, so that output never depends on the order data arrives in.</summary>
internal static class Orderings
{
    public static IEnumerable<ListedServer> ByName(IEnumerable<ListedServer> servers) =>
        servers.OrderBy(s => s.Row.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Row.Name, StringComparer.Ordinal).ThenBy(s => s.Row.Url, StringComparer.Ordinal);

    /// <summary>Most critical tools first, then most high-risk tools, and so on down; ties by name.</summary>
    public static IEnumerable<ServerRow> RiskiestFirst(IEnumerable<ListedServer> servers) =>
        ByName(servers).Select(s => s.Row).Where(r => r.MaxRisk.Length > 0)
            .OrderByDescending(r => r.Critical).ThenByDescending(r => r.High).ThenByDescending(r => r.Medium).ThenByDescending(r => r.Tools);

    public static IEnumerable<ToolRow> ByServerThenName(IEnumerable<ToolRow> tools) =>
        tools.OrderBy(t => t.ServerName, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.ServerUrl, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal);

    public static IEnumerable<ToolChange> NewestFirst(IEnumerable<ToolChange> changes) =>
        changes.OrderByDescending(c => c.At).ThenBy(c => c.ServerSlug, StringComparer.Ordinal).ThenBy(c => c.ToolName, StringComparer.Ordinal)
            .ThenByDescending(c => c.Version).ThenBy(c => c.Kind).ThenBy(c => c.CrawlRunId);
}
