using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Site.Pages;
using Catalog.Site.Search;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>Similar tools, ranked once per name and category and shared by every server that asks.</summary>
public sealed class SimilarToolsTests
{
    private static readonly PageLinks Links = new();

    private static SearchIndex Index(IEnumerable<CatalogServer> servers)
    {
        var index = new SearchIndex();
        foreach (var server in servers)
        {
            var addresses = Links.ForServer(server.Slug, server.Tools.Select(t => t.Name));
            index.Add(server, addresses.Segment, addresses.ToolSegments);
        }

        index.Freeze();
        return index;
    }

    private static CatalogTool Tool(string name, ToolCategory category) =>
        SampleCatalog.Labelled(ToolDefinitionBuilder.Tool(name, "Does a thing."), category, RiskLevel.Low);

    /// <summary>The ranking as the page promises it, worked out from scratch for one server: the test's oracle.</summary>
    private static List<string> Expected(SearchIndex index, string serverSlug, string toolName, ToolCategory category)
    {
        var terms = new List<string>();
        SearchTerms.AddName(toolName, terms);
        var scores = new Dictionary<SearchDoc, int>(ReferenceEqualityComparer.Instance);
        foreach (var posting in terms.SelectMany(index.Lookup).Where(p => p.Weight >= SearchIndex.NameWeight))
        {
            var doc = index.Docs[posting.Doc];
            if (!doc.IsServer && doc.Category == (sbyte)category && doc.Server.Slug != serverSlug)
            {
                scores[doc] = scores.GetValueOrDefault(doc) + (doc.Tool == toolName ? 2 : 1);
            }
        }

        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, Comparer<SearchDoc>.Create(SearchIndex.CompareDocs))
            .Take(SimilarTools.Shown).Select(s => $"{s.Key.Server.Slug}/{s.Key.Tool}").ToList();
    }

    [Fact]
    public void Find_ServersSharingNames_SameAsRankingEachServerFromScratch()
    {
        // Given servers whose tools share name words, one of them with twenty variants of the same name (so the
        // names' best candidates are mostly its own tools and must be looked past)
        var random = new Random(3);
        string[] verbs = ["get", "list", "read"];
        string[] nouns = ["file", "files", "issue"];
        var servers = Enumerable.Range(0, 60).Select(i => SampleCatalog.Server($"s{i:D3}",
            Enumerable.Range(0, 3).Select(_ => Tool($"{verbs[random.Next(3)]}_{nouns[random.Next(3)]}", (ToolCategory)random.Next(2))).DistinctBy(t => t.Name).ToList())).ToList();
        servers.Add(SampleCatalog.Server("a-first", Enumerable.Range(0, 20).Select(n => Tool(n == 0 ? "file" : $"file_{n}", ToolCategory.Read)).ToList()));
        var index = Index(servers);
        var similar = new SimilarTools(index);

        // When every tool of every server asks for its similar tools (the same instance answering all)
        foreach (var server in servers)
        {
            foreach (var tool in server.Tools)
            {
                var category = tool.Classification!.Category;
                var found = similar.Find(server.Slug, tool.Name, category).Select(d => $"{d.Server.Slug}/{d.Tool}").ToList();

                // Then each gets what ranking its own candidates from scratch gives, never its own server's tools
                Assert.Equal(Expected(index, server.Slug, tool.Name, category), found);
                Assert.DoesNotContain(found, f => f.StartsWith(server.Slug + "/", StringComparison.Ordinal));
            }
        }
    }
}
