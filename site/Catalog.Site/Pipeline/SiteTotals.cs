using Catalog.Domain.Catalog;
using Catalog.Domain.Crawling;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>
/// The small aggregates kept while servers stream: counts, one row per server, the languages seen,
/// and the page URLs of the tools the changes feed mentions. No page text is kept; the listings of
/// tools come from the search index's documents. Callers lock the instance while adding
/// (servers render in parallel).
/// </summary>
internal sealed class SiteTotals
{
    private readonly HashSet<(string Server, string Tool)> changedTools;
    private readonly Dictionary<(string Server, string Tool), string> changedToolUrls = [];
    private readonly Dictionary<string, string> serverUrls = new(StringComparer.Ordinal);
    private readonly HashSet<string> serverSegments = new(StringComparer.Ordinal);

    public SiteTotals(IEnumerable<ToolChange> changes)
    {
        changedTools = changes.Where(c => c.Kind != ToolChangeKind.Removed).Select(c => (c.ServerSlug, c.ToolName)).ToHashSet();
    }

    public LabelCounts Counts { get; } = new();

    public List<ListedServer> Servers { get; } = [];

    public SortedSet<string> Languages { get; } = new(StringComparer.Ordinal);

    /// <summary>Records a server's page; throws when two servers would share a folder (catalogue slugs are meant to be unique).</summary>
    public void AddServerUrl(string serverSlug, string segment, string url)
    {
        if (!serverSegments.Add(segment) || !serverUrls.TryAdd(serverSlug, url))
        {
            throw new InvalidOperationException($"Server slug '{serverSlug}' (folder '{segment}') appears twice in the catalogue.");
        }
    }

    public void AddToolUrl(string serverSlug, string toolName, string url)
    {
        if (changedTools.Contains((serverSlug, toolName)))
        {
            changedToolUrls[(serverSlug, toolName)] = url;
        }
    }

    public string? ServerUrl(string serverSlug) => serverUrls.GetValueOrDefault(serverSlug);

    public string? ToolUrl(string serverSlug, string toolName) => changedToolUrls.GetValueOrDefault((serverSlug, toolName));
}
