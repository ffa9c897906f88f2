using Catalog.Domain.Catalog;
using Catalog.Site.Pages;
using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

/// <summary>
/// What the build knows of every server, rebuilt or carried over: the tools its pages show (distinct by
/// name, ordinal order), their addresses, the label counts and each tool's similar tools on other servers.
/// Cheap next to rendering; the expensive parts (policies, token counts, pages) are in <see cref="ServerWork"/>.
/// </summary>
internal sealed class ServerOutline
{
    private ServerOutline(CatalogServer server, IReadOnlyList<CatalogTool> tools, ServerAddresses addresses, LabelCounts counts, IReadOnlyDictionary<string, IReadOnlyList<SimilarToolRow>> similar)
    {
        Server = server;
        Tools = tools;
        Addresses = addresses;
        Counts = counts;
        Similar = similar;
    }

    public CatalogServer Server { get; }

    /// <summary>A server lists each tool once; should a name repeat, the first definition is the one shown.</summary>
    public IReadOnlyList<CatalogTool> Tools { get; }

    public ServerAddresses Addresses { get; }

    public LabelCounts Counts { get; }

    /// <summary>Tool name to the tools of other servers its page lists.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SimilarToolRow>> Similar { get; }

    /// <summary>The outline of a server about to be rendered, with the similar tools its fingerprint was computed from.</summary>
    public static ServerOutline Of(CatalogServer server, PageLinks links, IReadOnlyDictionary<string, IReadOnlyList<SimilarToolRow>> similar)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(similar);
        var tools = server.Tools.DistinctBy(t => t.Name, StringComparer.Ordinal).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var addresses = links.ForServer(server.Slug, tools.Select(t => t.Name));
        var counts = new LabelCounts();
        var shown = new Dictionary<string, IReadOnlyList<SimilarToolRow>>(StringComparer.Ordinal);
        foreach (var tool in tools)
        {
            counts.Add(tool.Classification);
            shown[tool.Name] = similar.GetValueOrDefault(tool.Name) ?? [];
        }

        return new ServerOutline(server, tools, addresses, counts, shown);
    }

    /// <summary>The rows a server's tool pages show for the similar tools the build found (see <see cref="ServerFingerprint.SimilarDocs"/>).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<SimilarToolRow>> SimilarRows(ServerSketch server, SearchDoc[][] similar, PageLinks links)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(similar);
        var rows = new Dictionary<string, IReadOnlyList<SimilarToolRow>>(StringComparer.Ordinal);
        // A server's tools share words and categories, so the same tools come up for several of them: each row
        // (and its addresses) is made once per server.
        var made = new Dictionary<SearchDoc, SimilarToolRow>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < server.ToolNames.Length; i++)
        {
            var docs = similar[i];
            var list = new SimilarToolRow[docs.Length];
            for (var j = 0; j < docs.Length; j++)
            {
                var doc = docs[j];
                if (!made.TryGetValue(doc, out var row))
                {
                    row = new SimilarToolRow(doc.Tool!, links.BaseUrl + doc.Path, doc.Server.Name, $"{links.BaseUrl}servers/{doc.Server.Segment}/", Labels.Category(doc), Labels.Risk(doc));
                    made.Add(doc, row);
                }

                list[j] = row;
            }

            rows[server.ToolNames[i]] = list;
        }

        return rows;
    }
}
