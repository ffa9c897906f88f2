using Catalog.Site.Outputs;
using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

/// <summary>
/// The servers a rebuild knows from the previous build's state rather than from the catalogue: their documents,
/// their sketches, and which of them a change elsewhere reaches (through their similar tools).
/// </summary>
internal static class RestoredServers
{
    /// <summary>Each server's documents by slug; a server's documents follow one another, so one lookup per server is enough.</summary>
    public static Dictionary<string, List<SearchDoc>> ByServer(IReadOnlyList<SearchDoc> docs)
    {
        var byServer = new Dictionary<string, List<SearchDoc>>(StringComparer.Ordinal);
        SearchServer? last = null;
        List<SearchDoc>? list = null;
        foreach (var doc in docs)
        {
            if (!ReferenceEquals(doc.Server, last) || list is null)
            {
                last = doc.Server;
                if (!byServer.TryGetValue(doc.Server.Slug, out list))
                {
                    list = new List<SearchDoc>(24);
                    byServer.Add(doc.Server.Slug, list);
                }
            }

            list.Add(doc);
        }

        return byServer;
    }

    /// <summary>A known server's sketch, as the first pass would have made it from the server itself.</summary>
    public static ServerSketch SketchOf(SiteState.StateServer server, List<SearchDoc> docs)
    {
        var tools = docs.Where(d => d.Tool is not null).OrderBy(d => d.Tool, StringComparer.Ordinal).ToList();
        return new ServerSketch(
            server.Slug,
            server.Segment,
            server.Content,
            tools.Select(d => d.Tool!).ToArray(),
            tools.Select(d => d.Category < 0 ? (Domain.Classification.ToolCategory?)null : (Domain.Classification.ToolCategory)d.Category).ToArray());
    }

    /// <summary>
    /// The changed servers and every server with a tool whose similar tools may differ: one of its name's terms
    /// offers another set of candidates of the tool's own category (see <see cref="SearchIndex.ChangedNameTerms"/>).
    /// A tool without a category has no similar tools.
    /// </summary>
    public static HashSet<string> Affected(SearchIndex search, HashSet<string> changed)
    {
        var affected = new HashSet<string>(changed, StringComparer.Ordinal);
        var changedTerms = search.ChangedNameTerms;
        if (changedTerms.Count == 0)
        {
            return affected;
        }

        // Names repeat across servers, so each name and category is worked out once.
        var byName = new Dictionary<(string, sbyte), bool>();
        var terms = new List<string>();
        foreach (var doc in search.Docs)
        {
            if (doc.Tool is null || doc.Category < 0 || affected.Contains(doc.Server.Slug))
            {
                continue;
            }

            if (!byName.TryGetValue((doc.Tool, doc.Category), out var hit))
            {
                terms.Clear();
                SearchTerms.AddName(doc.Tool, terms);
                var bit = 1 << doc.Category;
                hit = terms.Exists(term => changedTerms.TryGetValue(term, out var categories) && (categories & bit) != 0);
                byName[(doc.Tool, doc.Category)] = hit;
            }

            if (hit)
            {
                affected.Add(doc.Server.Slug);
            }
        }

        return affected;
    }
}
