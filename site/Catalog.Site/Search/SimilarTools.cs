using System.Collections.Concurrent;
using Catalog.Domain.Classification;

namespace Catalog.Site.Search;

/// <summary>
/// Tools of other servers that share words of a tool's name and its category, found through the
/// frozen search index: only the name terms' kept documents are looked at, so the work per tool is
/// bounded (terms × <see cref="SearchIndex.PostingsKept"/>) however large the catalogue is.
/// <para>
/// Tool names repeat across servers (every other server has a <c>read_file</c>), and the candidates for a
/// name and category are the same whichever server asks: they are ranked once and kept (the best
/// <see cref="Remembered"/>), and each server takes the first ones that are not its own.
/// </para>
/// </summary>
internal sealed class SimilarTools(SearchIndex index)
{
    public const int Shown = 5;

    /// <summary>Candidates kept per name and category: enough for a server with several tools of that name family.</summary>
    private const int Remembered = 16;

    private readonly ConcurrentDictionary<(string Name, ToolCategory Category), Candidates> ranked = new();

    /// <summary>The best few of other servers, most shared name words first, then the index's own order.</summary>
    public IReadOnlyList<SearchDoc> Find(string serverSlug, string toolName, ToolCategory category)
    {
        ArgumentNullException.ThrowIfNull(serverSlug);
        ArgumentNullException.ThrowIfNull(toolName);
        var candidates = ranked.GetOrAdd((toolName, category), key => Rank(key.Name, key.Category, null, Remembered));
        var found = candidates.Best.Where(d => !string.Equals(d.Server.Slug, serverSlug, StringComparison.Ordinal)).Take(Shown).ToList();
        return found.Count == Shown || candidates.All ? found : Rank(toolName, category, serverSlug, Shown).Best;
    }

    /// <summary>The best <paramref name="most"/> candidates, leaving out <paramref name="serverSlug"/>'s tools when given.</summary>
    private Candidates Rank(string toolName, ToolCategory category, string? serverSlug, int most)
    {
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
                if (doc.IsServer || doc.Category != (sbyte)category || (serverSlug is not null && string.Equals(doc.Server.Slug, serverSlug, StringComparison.Ordinal)))
                {
                    continue;
                }

                scores[posting.Doc] = scores.GetValueOrDefault(posting.Doc) + (string.Equals(doc.Tool, toolName, StringComparison.Ordinal) ? 2 : 1);
            }
        }

        var best = scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => index.Docs[s.Key], Comparer<SearchDoc>.Create(SearchIndex.CompareDocs))
            .Take(most)
            .Select(s => index.Docs[s.Key])
            .ToArray();
        return new Candidates(best, scores.Count <= most);
    }

    /// <param name="Best">Ranked best first.</param>
    /// <param name="All">True when no candidate was left out.</param>
    private sealed record Candidates(SearchDoc[] Best, bool All);
}
