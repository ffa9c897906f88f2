using System.Text;
using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Site.Pages;
using Catalog.Site.Search;
using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>
/// The search index written by one build, restored by the next without the changed servers and brought up to
/// date with their new documents: it must show exactly what an index made from scratch shows, and say which
/// terms show something else than before.
/// </summary>
public sealed class SearchIndexRestoreTests
{
    private static readonly string[] Verbs = ["get", "list", "create", "delete", "run", "send"];
    private static readonly string[] Nouns = ["file", "issue", "user", "invoice", "pod", "note", "ticket", "page"];
    private static readonly string[] Words = ["workspace", "record", "remote", "account", "status", "draft", "quota"];
    private static readonly PageLinks Links = new();

    private static CatalogServer Server(int index, int revision)
    {
        var random = new Random(index * 7919 + revision);
        var tools = Enumerable.Range(0, 1 + random.Next(4)).Select(_ =>
        {
            var name = $"{Verbs[random.Next(Verbs.Length)]}_{Nouns[random.Next(Nouns.Length)]}";
            var description = string.Join(' ', Enumerable.Range(0, 3 + random.Next(5)).Select(_ => Words[random.Next(Words.Length)]));
            return SampleCatalog.Labelled(ToolDefinitionBuilder.Tool(name, description), (ToolCategory)random.Next(3), (RiskLevel)random.Next(4));
        }).DistinctBy(t => t.Name).ToList();
        return SampleCatalog.Server($"s{index:D4}", tools);
    }

    private static void Add(SearchIndex index, CatalogServer server)
    {
        var addresses = Links.ForServer(server.Slug, server.Tools.Select(t => t.Name));
        index.Add(server, addresses.Segment, addresses.ToolSegments);
    }

    private static SearchIndex Fresh(IEnumerable<CatalogServer> servers)
    {
        var index = new SearchIndex();
        foreach (var server in servers)
        {
            Add(index, server);
        }

        index.Freeze();
        return index;
    }

    /// <summary>What a term shows, by what a reader sees rather than by document number.</summary>
    private static List<string> Shown(SearchIndex index, string term) =>
        index.Lookup(term).Select(p => index.Docs[p.Doc]).Zip(index.Lookup(term), (d, p) => $"{p.Weight}|{d.Server.Slug}|{d.Tool}|{d.Category}|{d.Risk}").ToList();

    private static (SearchIndex Index, bool Exact) Updated(SearchIndex previous, IReadOnlyList<CatalogServer> before, IReadOnlyList<CatalogServer> after)
    {
        var numbers = before.Select((s, i) => (s.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            previous.WriteTo(writer, server => numbers[server.Slug]);
        }

        var unchanged = after.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        var entries = before.Select(s => new SearchServer(s.Slug, s.Identity.Name, Links.ForServer(s.Slug, []).Segment)).ToList();
        var leaveOut = before.Select(s => !unchanged.TryGetValue(s.Slug, out var now) || !ReferenceEquals(now, s)).ToList();
        stream.Position = 0;
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var index = SearchIndex.Restore(reader, entries, leaveOut);
        var kept = before.Where((s, i) => !leaveOut[i]).Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var server in after.Where(s => !kept.Contains(s.Slug)))
        {
            Add(index, server);
        }

        return (index, index.Freeze());
    }

    [Theory]
    [InlineData(1, 0.05, 0.05, 0.05)]
    [InlineData(2, 0.10, 0.02, 0.10)]
    [InlineData(3, 0.01, 0.20, 0.01)]
    [InlineData(4, 0.15, 0.15, 0.00)]
    [InlineData(5, 0.00, 0.00, 0.30)]
    public void Restore_SomeServersChangedGoneOrNew_ShowsWhatAFreshIndexShows(int seed, double gone, double changed, double added)
    {
        // Given an index of 600 servers whose tools share few words (so common terms store only their best documents)
        var random = new Random(seed);
        var before = Enumerable.Range(0, 600).Select(i => Server(i, 0)).ToList();
        var previous = Fresh(before);

        // When some servers go, some change and some are new, and the restored index is brought up to date
        var after = before.Where(_ => random.NextDouble() >= gone).Select(s => random.NextDouble() < changed ? Server(int.Parse(s.Slug[1..], System.Globalization.CultureInfo.InvariantCulture), 1) : s)
            .Concat(Enumerable.Range(600, (int)(600 * added)).Select(i => Server(i, 0))).ToList();
        var (updated, exact) = Updated(previous, before, after);
        var fresh = Fresh(after);

        // Then it is exact, shows for every term what a fresh index shows, and reports exactly the terms whose
        // name-weight documents came or went, with those documents' categories
        Assert.True(exact);
        Assert.Equal(fresh.Terms.Select(t => t.Key), updated.Terms.Select(t => t.Key));
        Assert.Equal(fresh.Docs.Count, updated.Docs.Count);
        foreach (var (term, _) in fresh.Terms)
        {
            Assert.Equal(Shown(fresh, term), Shown(updated, term));
        }

        var expected = previous.Terms.Select(t => t.Key).Union(fresh.Terms.Select(t => t.Key))
            .Select(term => (term, Categories: CategoriesOfDifference(NameShown(previous, term), NameShown(fresh, term))))
            .Where(p => p.Categories != 0)
            .ToDictionary(p => p.term, p => p.Categories);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), updated.ChangedNameTerms.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.True(updated.ChangedNameTerms.Count < fresh.TermCount, "a few changes should not touch every term");
    }

    /// <summary>A term's shown documents with a name's weight, by what a similar-tools list takes from them, with their category.</summary>
    private static Dictionary<string, sbyte> NameShown(SearchIndex index, string term) =>
        index.Lookup(term).Where(p => p.Weight >= SearchIndex.NameWeight).Select(p => (p.Weight, Doc: index.Docs[p.Doc]))
            .ToDictionary(p => $"{p.Weight}|{p.Doc.Server.Slug}|{p.Doc.Server.Name}|{p.Doc.Tool}|{p.Doc.ToolSegment}|{p.Doc.Category}|{p.Doc.Risk}", p => p.Doc.Category);

    private static byte CategoriesOfDifference(Dictionary<string, sbyte> before, Dictionary<string, sbyte> after) =>
        (byte)before.Where(p => !after.ContainsKey(p.Key)).Concat(after.Where(p => !before.ContainsKey(p.Key)))
            .Aggregate(0, (bits, p) => p.Value >= 0 ? bits | (1 << p.Value) : bits);

    [Fact]
    public void Restore_CommonTermLosesMostOfItsStoredDocuments_IsNotExact()
    {
        // Given an index where every server has a "get_file" tool, far more than a term stores
        var before = Enumerable.Range(0, 400).Select(i => SampleCatalog.Server($"s{i:D4}",
            [SampleCatalog.Labelled(ToolDefinitionBuilder.Tool("get_file", "Reads a file."), ToolCategory.Read, RiskLevel.Low)])).ToList();
        var previous = Fresh(before);

        // When the servers holding the stored documents go (slugs order them: the first ones are the best)
        var after = before.Skip(SearchIndex.PostingsStored - 10).ToList();
        var (_, exact) = Updated(previous, before, after);

        // Then the index cannot tell the term's best documents and says so
        Assert.False(exact);
    }

    [Fact]
    public void Restore_NothingChanged_ReportsNoChangedTerm()
    {
        // Given an index, when it is restored with no server left out and nothing added
        var servers = Enumerable.Range(0, 100).Select(i => Server(i, 0)).ToList();
        var (updated, exact) = Updated(Fresh(servers), servers, servers);

        // Then it is exact and no term changed
        Assert.True(exact);
        Assert.Empty(updated.ChangedNameTerms);
    }
}
