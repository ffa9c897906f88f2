using Catalog.Domain.Classification;

namespace Catalog.Site.Search;

/// <summary>
/// Tools of other servers that share words of a tool's name and its category, found through the
/// frozen search index: only the name terms' kept documents are looked at, so the work per tool is
/// bounded (terms × <see cref="SearchIndex.PostingsKept"/>) however large the catalogue is.
/// </summary>
internal static class SimilarTools
{
    public const int Shown = 5;

    /// <summary>The best few, most shared name words first, then the index's own order.</summary>
    public static IReadOnlyList<SearchDoc> Find(SearchIndex index, string serverSlug, string toolName, ToolCategory category)
    {
        ArgumentNullException.ThrowIfNull(index);
        var terms = new List<string>();
        SearchTerms.AddName(toolName, terms);
        var scores = new Dictionary<int, int>();
        foreach (var term in terms)
        {
            foreach (var posting in index.Lookup(term))
            {
                if (posting.Weight < SearchIndex.NameWeight)
                {
                    continue;
                }

                var doc = index.Docs[posting.Doc];
                if (doc.IsServer || doc.Category != (sbyte)category || string.Equals(doc.Server.Slug, serverSlug, StringComparison.Ordinal))
                {
                    continue;
                }

                scores[posting.Doc] = scores.GetValueOrDefault(posting.Doc) + (string.Equals(doc.Tool, toolName, StringComparison.Ordinal) ? 2 : 1);
            }
        }

        return scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => index.Docs[s.Key], Comparer<SearchDoc>.Create(SearchIndex.CompareDocs))
            .Take(Shown)
            .Select(s => index.Docs[s.Key])
            .ToList();
    }
}
