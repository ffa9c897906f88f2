using System.Text.Json;

namespace Catalog.Site.Tests;

/// <summary>Reads a built search index the way <c>assets/search.js</c> does: the manifest, then the one shard a term lives in.</summary>
internal sealed class SearchFiles
{
    private readonly BuiltSite site;
    private readonly HashSet<string> shards;
    private readonly HashSet<string> split;

    public SearchFiles(BuiltSite site)
    {
        this.site = site;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(site.File("search/index.json")));
        Manifest = manifest.RootElement.Clone();
        shards = Manifest.GetProperty("shards").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
        split = Manifest.GetProperty("split").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    public JsonElement Manifest { get; }

    public IReadOnlyCollection<string> Shards => shards;

    /// <summary>The shard key of a term, or null when no shard could hold it.</summary>
    public string? KeyOf(string term)
    {
        var key = term[..2];
        while (split.Contains(key) && term.Length > key.Length)
        {
            key = term[..(key.Length + 1)];
        }

        return shards.Contains(key) ? key : null;
    }

    public string ShardPath(string key) =>
        "search/shards/" + (key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) ? key : "_" + Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(key))) + ".json";

    /// <summary>The documents under exactly this term, as their JSON arrays; empty when the term is not indexed.</summary>
    public IReadOnlyList<JsonElement> Lookup(string term)
    {
        if (KeyOf(term) is not { } key)
        {
            return [];
        }

        using var shard = JsonDocument.Parse(File.ReadAllBytes(site.File(ShardPath(key))));
        foreach (var entry in shard.RootElement.EnumerateArray())
        {
            if (entry[0].GetString() == term)
            {
                return entry[1].EnumerateArray().Select(d => d.Clone()).ToList();
            }
        }

        return [];
    }

    /// <summary>The shown names of the documents under a term.</summary>
    public IReadOnlyList<string> Names(string term) => Lookup(term).Select(d => d[1].GetString()!).ToList();
}
