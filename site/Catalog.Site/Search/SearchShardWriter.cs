using System.Buffers;
using System.Text;
using System.Text.Json;
using Catalog.Site.Outputs;

namespace Catalog.Site.Search;

/// <summary>
/// Writes the frozen index as a small manifest and many shards, so a query downloads the manifest
/// and one shard per term instead of the whole index. A shard holds the terms sharing a prefix:
/// first two characters; a prefix whose terms exceed <see cref="ShardBudget"/> bytes is split by
/// one more character, again and again, its terms of exactly the prefix's length staying in the
/// prefix's own shard. The manifest lists every shard and every split prefix, which is all the
/// browser needs to find the one shard a term lives in (see <c>assets/search.js</c>).
/// A document is written inline under each of its terms, so a result needs no further download:
/// a tool as <c>[weight, name, server, serverFolder, toolFolder, category, risk]</c>, a server as
/// <c>[weight, name, serverFolder, risk]</c>; category and risk are enum values, -1 when unknown.
/// </summary>
internal sealed class SearchShardWriter(SearchIndex index, Action<string, byte[]> write)
{
    /// <summary>Largest shard in bytes; with the manifest, a four-term query stays under 300 KB.</summary>
    public const int ShardBudget = 48 * 1024;

    public const int FirstKeyLength = 2;

    private readonly List<string> shards = [];
    private readonly List<string> splits = [];

    /// <summary>The manifest's file under the search folder.</summary>
    public const string ManifestName = "index.json";

    public int ShardCount => shards.Count;

    public int LargestShard { get; private set; }

    public int ManifestSize { get; private set; }

    /// <summary>A shard's file name: the prefix itself when it is plain ASCII letters and digits, else '_' and the hex of its UTF-8.</summary>
    public static string FileName(string key) =>
        key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            ? key
            : "_" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(key));

    public void Write(string folder)
    {
        var group = new List<(string Term, byte[] Entry)>();
        string? key = null;
        foreach (var (term, postings) in index.Terms)
        {
            var termKey = term[..FirstKeyLength];
            if (key is not null && termKey != key)
            {
                WriteGroup(folder, group, key);
                group = [];
            }

            key = termKey;
            group.Add((term, Entry(term, postings)));
        }

        if (key is not null)
        {
            WriteGroup(folder, group, key);
        }

        WriteManifest(folder);
    }

    private void WriteGroup(string folder, List<(string Term, byte[] Entry)> group, string key)
    {
        var size = group.Sum(e => e.Entry.Length + 1) + 2;
        if (size <= ShardBudget || group.All(e => e.Term.Length <= key.Length))
        {
            WriteShard(folder, key, group);
            return;
        }

        splits.Add(key);

        // Written even when empty, so every listed shard exists and the browser never meets a 404.
        WriteShard(folder, key, group.Where(e => e.Term.Length == key.Length).ToList());
        foreach (var sub in group.Where(e => e.Term.Length > key.Length).GroupBy(e => e.Term[..(key.Length + 1)], StringComparer.Ordinal))
        {
            WriteGroup(folder, sub.ToList(), sub.Key);
        }
    }

    private void WriteShard(string folder, string key, List<(string Term, byte[] Entry)> entries)
    {
        var buffer = new ArrayBufferWriter<byte>(entries.Sum(e => e.Entry.Length + 1) + 2);
        buffer.Write("["u8);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                buffer.Write(","u8);
            }

            buffer.Write(entries[i].Entry);
        }

        buffer.Write("]"u8);
        var bytes = buffer.WrittenSpan.ToArray();
        LargestShard = Math.Max(LargestShard, bytes.Length);
        shards.Add(key);
        write($"{folder}shards/{FileName(key)}.json", bytes);
    }

    private byte[] Entry(string term, IReadOnlyList<Posting> postings)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + postings.Count * 96);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SiteJson.WriterOptions.Encoder }))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(term);
            writer.WriteStartArray();
            foreach (var posting in postings)
            {
                var doc = index.Docs[posting.Doc];
                writer.WriteStartArray();
                writer.WriteNumberValue(posting.Weight);
                writer.WriteStringValue(doc.Shown);
                if (!doc.IsServer)
                {
                    writer.WriteStringValue(Catalog.Domain.Text.HiddenCharacters.Reveal(doc.Server.Name));
                }

                writer.WriteStringValue(doc.Server.Segment);
                if (!doc.IsServer)
                {
                    writer.WriteStringValue(doc.ToolSegment);
                    writer.WriteNumberValue(doc.Category);
                }

                writer.WriteNumberValue(doc.Risk);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void WriteManifest(string folder)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SiteJson.WriterOptions.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteNumber("documents", index.Docs.Count);
            writer.WriteNumber("terms", index.TermCount);
            writer.WriteNumber("kept_per_term", SearchIndex.PostingsKept);
            writer.WriteNumber("first_key_length", FirstKeyLength);
            writer.WriteStartArray("shards");
            foreach (var key in shards.Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("split");
            foreach (var key in splits.Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var bytes = buffer.WrittenSpan.ToArray();
        ManifestSize = bytes.Length;
        write(folder + ManifestName, bytes);
    }
}
