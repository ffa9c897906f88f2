using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;

namespace Catalog.Site.Search;

/// <summary>
/// Every server and tool with the terms that find it, collected while the catalogue streams past
/// (the first pass of a build), then frozen: each term keeps only its best <see cref="PostingsKept"/>
/// documents, so neither memory nor a shard grows with the catalogue's most common words.
/// The order of documents under a term is total (weight, then shorter name, then server slug and
/// tool name), so the kept documents and the written index never depend on the order servers arrive in.
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>How many documents a term shows: a query finds at most this many per term.</summary>
    public const int PostingsKept = 40;

    /// <summary>How many a term stores between builds, so that documents removed by a later build are replaced from them.</summary>
    public const int PostingsStored = 4 * PostingsKept;

    /// <summary>Description words indexed per tool: the first ones say what it does.</summary>
    private const int DescriptionWords = 24;

    public const byte ExactNameWeight = 8;
    public const byte NameWeight = 6;
    public const byte ServerNameWeight = 4;
    public const byte DescriptionWeight = 1;

    private readonly List<SearchDoc> docs = [];
    private readonly Dictionary<string, TermPostings> terms = new(StringComparer.Ordinal);

    /// <summary>While a restored index is brought up to date: each term's shown documents before it was first touched.</summary>
    private readonly Dictionary<string, Ranked[]>? before;
    private readonly Dictionary<string, byte> changedNameTerms = new(StringComparer.Ordinal);
    private bool frozen;

    public SearchIndex()
    {
    }

    private SearchIndex(bool restored)
    {
        before = restored ? new Dictionary<string, Ranked[]>(StringComparer.Ordinal) : null;
    }

    public IReadOnlyList<SearchDoc> Docs => docs;

    public int TermCount => terms.Count;

    /// <summary>Terms in ordinal order with their shown documents, best first; only once frozen.</summary>
    public IEnumerable<KeyValuePair<string, IReadOnlyList<Posting>>> Terms
    {
        get
        {
            EnsureFrozen();
            return terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new KeyValuePair<string, IReadOnlyList<Posting>>(t.Key, t.Value.Shown));
        }
    }

    /// <summary>
    /// For a restored index, once frozen: the terms whose shown documents with a name's weight (the ones similar
    /// tools are drawn from) are not the same set as before the update, each with the categories of the documents
    /// that came or went (bit 1 &lt;&lt; category). A tool's similar tools can differ only if one of its name terms
    /// is here with its category's bit; every other term offers it exactly the candidates of the previous build.
    /// </summary>
    public IReadOnlyDictionary<string, byte> ChangedNameTerms
    {
        get
        {
            EnsureFrozen();
            return changedNameTerms;
        }
    }

    /// <summary>Adds a server and its tools (distinct by name) with their page folders.</summary>
    public void Add(CatalogServer server, string serverSegment, IReadOnlyDictionary<string, string> toolSegments) =>
        Add(Prepare(server, serverSegment, toolSegments));

    /// <summary>
    /// Everything a server adds to the index, worked out without touching the index: safe to run for several
    /// servers at once while <see cref="Add(PreparedEntry)"/> takes them one by one in reading order.
    /// </summary>
    public static PreparedEntry Prepare(CatalogServer server, string serverSegment, IReadOnlyDictionary<string, string> toolSegments)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(toolSegments);
        var entry = new SearchServer(server.Slug, server.Identity.Name, serverSegment);
        var tools = Pages.DistinctTools.InOrder(server.Tools);
        var docs = new List<PreparedDoc>(tools.Count + 1);
        var nameTerms = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A set, as each word is looked up in the words before it; enumerated in the order added (nothing is removed).
        var words = new HashSet<string>(2 * DescriptionWords, StringComparer.Ordinal);
        RiskLevel? highest = null;
        foreach (var tool in tools)
        {
            if (!toolSegments.TryGetValue(tool.Name, out var segment))
            {
                continue;
            }

            var label = tool.Classification;
            if (label is not null && (highest is null || label.Risk > highest))
            {
                highest = label.Risk;
            }

            var doc = new SearchDoc
            {
                Server = entry,
                Tool = tool.Name,
                ToolSegment = segment,
                Category = label is null ? (sbyte)-1 : (sbyte)label.Category,
                Risk = label is null ? (sbyte)-1 : (sbyte)label.Risk,
                Flags = label is null ? (byte)0 : (byte)((label.Destructive ? 1 : 0) | (label.Financial ? 2 : 0) | (label.Sensitive ? 4 : 0)),
                Confidence = label is null ? 0f : (float)label.Confidence,
            };
            nameTerms.Clear();
            SearchTerms.AddName(tool.Name, nameTerms);
            words.Clear();
            SearchTerms.AddWords(tool.Definition.Title ?? "", 8, words);
            SearchTerms.AddWords(tool.Definition.Description, DescriptionWords, words);
            var terms = new List<(string, byte)>(nameTerms.Count + words.Count);
            seen.Clear();
            foreach (var term in nameTerms)
            {
                seen.Add(term);
                terms.Add((term, nameTerms.Count == 1 ? ExactNameWeight : NameWeight));
            }

            foreach (var word in words)
            {
                if (seen.Add(word))
                {
                    terms.Add((word, DescriptionWeight));
                }
            }

            docs.Add(new PreparedDoc(doc, terms));
        }

        var serverDoc = new SearchDoc { Server = entry, Risk = highest is null ? (sbyte)-1 : (sbyte)highest };
        seen.Clear();
        SearchTerms.AddName(server.Identity.Name, seen);
        SearchTerms.AddName(server.Identity.Repository, seen);
        words.Clear();
        SearchTerms.AddWords(server.Facts.Description ?? "", DescriptionWords, words);
        var serverTerms = new List<(string, byte)>(seen.Count + words.Count);
        foreach (var term in seen)
        {
            serverTerms.Add((term, ServerNameWeight));
        }

        foreach (var word in words)
        {
            if (seen.Add(word))
            {
                serverTerms.Add((word, DescriptionWeight));
            }
        }

        docs.Add(new PreparedDoc(serverDoc, serverTerms));
        return new PreparedEntry(docs);
    }

    /// <summary>Adds what <see cref="Prepare"/> worked out; servers must be added in reading order for stable document numbers.</summary>
    public void Add(PreparedEntry prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (frozen)
        {
            throw new InvalidOperationException("The search index is frozen.");
        }

        foreach (var (doc, terms) in prepared.Docs)
        {
            var id = AddDoc(doc);
            foreach (var (term, weight) in terms)
            {
                Post(term, id, weight);
            }
        }
    }

    /// <summary>A server's documents (its tools, then its own entry) with their terms and weights.</summary>
    internal sealed record PreparedEntry(IReadOnlyList<PreparedDoc> Docs);

    internal readonly record struct PreparedDoc(SearchDoc Doc, IReadOnlyList<(string Term, byte Weight)> Terms);

    /// <summary>
    /// Trims every term to its best documents; after this the index only answers lookups. False when a
    /// restored index cannot show every term exactly (too many of a term's stored documents were removed):
    /// the catalogue must then be indexed whole.
    /// </summary>
    public bool Freeze()
    {
        if (frozen)
        {
            return true;
        }

        var exact = true;
        foreach (var (term, postings) in terms)
        {
            if (postings.List.Count == 0 && postings.Floor is null)
            {
                // Every document of the term went with a removed server: the term is gone too.
                terms.Remove(term);
                continue;
            }

            Trim(postings);
            exact &= postings.Floor is null || postings.List.Count >= PostingsKept;
            postings.Shown = postings.List.Count <= PostingsKept ? postings.List : postings.List.GetRange(0, PostingsKept);
        }

        terms.TrimExcess();
        if (before is not null)
        {
            foreach (var (term, shown) in before)
            {
                var now = terms.TryGetValue(term, out var postings) ? postings.Shown.Select(p => new Ranked(p.Weight, docs[p.Doc])) : [];
                if (CategoriesOfDifference(shown, now) is var categories and not 0)
                {
                    changedNameTerms[term] = categories;
                }
            }

            before.Clear();
        }

        frozen = true;
        return exact;
    }

    /// <summary>The shown documents of an exact term, best first; empty when no document has it.</summary>
    public IReadOnlyList<Posting> Lookup(string term)
    {
        EnsureFrozen();
        return terms.TryGetValue(term, out var postings) ? postings.Shown : [];
    }

    /// <summary>The total order of documents: higher weight, then shorter name, then server slug, then tool name.</summary>
    public int Compare(Posting a, Posting b) => Compare(a.Weight, docs[a.Doc], b.Weight, docs[b.Doc]);

    private static int Compare(byte aWeight, SearchDoc a, byte bWeight, SearchDoc b)
    {
        var byWeight = bWeight.CompareTo(aWeight);
        return byWeight != 0 ? byWeight : CompareDocs(a, b);
    }

    /// <summary>Shorter name first, then server slug, then tool name (a server's own entry before its tools).</summary>
    public static int CompareDocs(SearchDoc x, SearchDoc y)
    {
        var xName = x.Tool ?? x.Server.Name;
        var yName = y.Tool ?? y.Server.Name;
        var byLength = xName.Length.CompareTo(yName.Length);
        if (byLength != 0)
        {
            return byLength;
        }

        var bySlug = string.CompareOrdinal(x.Server.Slug, y.Server.Slug);
        return bySlug != 0 ? bySlug : string.CompareOrdinal(x.Tool ?? "", y.Tool ?? "");
    }

    private int AddDoc(SearchDoc doc)
    {
        docs.Add(doc);
        return docs.Count - 1;
    }

    private void Post(string term, int doc, byte weight)
    {
        if (!terms.TryGetValue(term, out var postings))
        {
            postings = new TermPostings(new List<Posting>(2), null);
            terms.Add(term, postings);
        }

        if (before is not null && !before.ContainsKey(term))
        {
            // Restored lists are in order until first touched, so their head is what the previous build showed.
            before[term] = Head(postings.List);
        }

        // Below the floor a document is never stored; most documents of a common term stop here, unsorted.
        if (postings.Floor is { } floor && Compare(weight, docs[doc], floor.Weight, floor.Doc) > 0)
        {
            return;
        }

        postings.List.Add(new Posting(doc, weight));
        if (postings.List.Count >= PostingsStored * 4)
        {
            Trim(postings);
        }
    }

    /// <summary>Sorts a term's documents, drops those below its floor, and stores no more than <see cref="PostingsStored"/>; cutting raises the floor.</summary>
    private void Trim(TermPostings postings)
    {
        var list = postings.List;
        list.Sort(Compare);
        if (postings.Floor is { } floor)
        {
            var end = list.Count;
            while (end > 0 && Compare(list[end - 1].Weight, docs[list[end - 1].Doc], floor.Weight, floor.Doc) > 0)
            {
                end--;
            }

            list.RemoveRange(end, list.Count - end);
        }

        if (list.Count > PostingsStored)
        {
            list.RemoveRange(PostingsStored, list.Count - PostingsStored);
            var last = list[^1];
            postings.Floor = new Ranked(last.Weight, docs[last.Doc]);
        }

        list.TrimExcess();
    }

    private Ranked[] Head(List<Posting> list) =>
        list.Take(PostingsKept).Select(p => new Ranked(p.Weight, docs[p.Doc])).ToArray();

    /// <summary>
    /// Writes the frozen index: documents (each with its server's number from <paramref name="serverNumber"/>)
    /// and every term's stored documents with its floor, for <see cref="Restore"/>.
    /// </summary>
    public void WriteTo(BinaryWriter writer, Func<SearchServer, int> serverNumber)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(serverNumber);
        EnsureFrozen();
        writer.Write(docs.Count);
        foreach (var doc in docs)
        {
            writer.Write(serverNumber(doc.Server));
            writer.Write(doc.Tool is not null);
            if (doc.Tool is not null)
            {
                writer.Write(doc.Tool);
                writer.Write(doc.ToolSegment);
            }

            writer.Write(doc.Category);
            writer.Write(doc.Risk);
            writer.Write(doc.Flags);
            writer.Write(doc.Confidence);
        }

        writer.Write(terms.Count);
        foreach (var (term, postings) in terms)
        {
            writer.Write(term);
            writer.Write(postings.Floor is not null);
            writer.Write(postings.List.Count);
            foreach (var posting in postings.List)
            {
                writer.Write(posting.Doc);
                writer.Write(posting.Weight);
            }
        }
    }

    /// <summary>
    /// Reads an index written by <see cref="WriteTo"/>, leaving out the documents of the servers
    /// <paramref name="leaveOut"/> marks (changed or gone; one flag per server): the index is open again for their new documents,
    /// and once frozen tells which terms offer other similar tools (<see cref="ChangedNameTerms"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">The data is not a whole index.</exception>
    public static SearchIndex Restore(BinaryReader reader, IReadOnlyList<SearchServer> servers, IReadOnlyList<bool> leaveOut)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(servers);
        ArgumentNullException.ThrowIfNull(leaveOut);
        var index = new SearchIndex(restored: true);
        // Each document takes at least 11 bytes and each term 6: a count the data cannot hold is refused before anything is allocated.
        var count = Count(reader, Remaining(reader) / 11);
        var stored = new SearchDoc[count];
        var numbers = new int[count];
        if (leaveOut.Count != servers.Count)
        {
            throw new ArgumentException("One flag per server.", nameof(leaveOut));
        }

        for (var i = 0; i < count; i++)
        {
            var server = reader.ReadInt32();
            if (server < 0 || server >= servers.Count)
            {
                throw new InvalidDataException("A search document names no known server.");
            }

            var isTool = reader.ReadBoolean();
            var tool = isTool ? reader.ReadString() : null;
            var segment = isTool ? reader.ReadString() : "";
            if (isTool && (tool!.Length == 0 || !Pages.Slugs.IsSegment(segment)))
            {
                throw new InvalidDataException("A search document has no tool name or an unsafe folder.");
            }

            stored[i] = new SearchDoc
            {
                Server = servers[server],
                Tool = tool,
                ToolSegment = segment,
                Category = reader.ReadSByte(),
                Risk = reader.ReadSByte(),
                Flags = reader.ReadByte(),
                Confidence = reader.ReadSingle(),
            };
            if (!IsWhole(stored[i]))
            {
                throw new InvalidDataException("A search document has labels out of range.");
            }

            numbers[i] = leaveOut[server] ? -1 : index.AddDoc(stored[i]);
        }

        var termCount = Count(reader, Remaining(reader) / 6);
        index.terms.EnsureCapacity(termCount);
        var head = new Ranked[PostingsKept];
        for (var t = 0; t < termCount; t++)
        {
            var term = reader.ReadString();
            if (!SearchTerms.IsTerm(term))
            {
                throw new InvalidDataException("A stored search term is not one the index could have made.");
            }

            var incomplete = reader.ReadBoolean();
            var length = Count(reader, PostingsStored);
            var list = new List<Posting>(length);
            Ranked? last = null;
            var headLost = false;
            for (var p = 0; p < length; p++)
            {
                var doc = reader.ReadInt32();
                var weight = reader.ReadByte();
                if (doc < 0 || doc >= count)
                {
                    throw new InvalidDataException("A search term lists an unknown document.");
                }

                // Stored best first with no document twice: a list out of that order would be merged and cut wrongly.
                var ranked = new Ranked(weight, stored[doc]);
                if (last is { } previous && Compare(previous.Weight, previous.Doc, ranked.Weight, ranked.Doc) >= 0)
                {
                    throw new InvalidDataException($"The search term '{term}' lists its documents out of order or twice.");
                }

                last = ranked;
                if (p < PostingsKept)
                {
                    head[p] = last.Value;
                }

                if (numbers[doc] >= 0)
                {
                    list.Add(new Posting(numbers[doc], weight));
                }
                else
                {
                    headLost |= p < PostingsKept;
                }
            }

            if (headLost)
            {
                index.before![term] = head[..Math.Min(length, PostingsKept)];
            }

            if (!index.terms.TryAdd(term, new TermPostings(list, incomplete ? last : null)))
            {
                throw new InvalidDataException($"The search term '{term}' appears twice.");
            }
        }

        return index;
    }

    /// <summary>Labels an index could have stored: a tool's category and risk as enum values or -1, a server's risk only.</summary>
    private static bool IsWhole(SearchDoc doc) =>
        doc.Category is >= -1 and <= (sbyte)ToolCategory.Execute && doc.Risk is >= -1 and <= (sbyte)RiskLevel.Critical
        && doc.Flags < 8 && float.IsFinite(doc.Confidence) && doc.Confidence is >= 0 and <= 1 && (!doc.IsServer || doc.Category == -1);

    private static int Remaining(BinaryReader reader) =>
        (int)Math.Min(int.MaxValue, reader.BaseStream.Length - reader.BaseStream.Position);

    private static int Count(BinaryReader reader, int most)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= most ? count : throw new InvalidDataException($"A count of {count} is out of range.");
    }

    private void EnsureFrozen()
    {
        if (!frozen)
        {
            throw new InvalidOperationException("The search index is still being collected.");
        }
    }

    /// <summary>A term's stored documents, and its floor once some were dropped (null while it has them all).</summary>
    private sealed class TermPostings(List<Posting> list, Ranked? floor)
    {
        public List<Posting> List { get; } = list;

        public Ranked? Floor { get; set; } = floor;

        /// <summary>The first <see cref="PostingsKept"/>; set when frozen.</summary>
        public IReadOnlyList<Posting> Shown { get; set; } = [];
    }

    /// <summary>A document under a term by what orders and shows it, not by its number (numbers differ between builds).</summary>
    private readonly record struct Ranked(byte Weight, SearchDoc Doc)
    {
        /// <summary>What a similar-tools list takes from the document: equal keys, equal candidates.</summary>
        public (byte, string?, string, SearchServer, sbyte, sbyte) Key => (Weight, Doc.Tool, Doc.ToolSegment, Doc.Server, Doc.Category, Doc.Risk);
    }

    /// <summary>The categories (as bits) of the documents with a name's weight that are in one list and not the other.</summary>
    private static byte CategoriesOfDifference(IEnumerable<Ranked> before, IEnumerable<Ranked> after)
    {
        var old = before.Where(r => r.Weight >= NameWeight).ToDictionary(r => r.Key, r => r.Doc.Category);
        var now = after.Where(r => r.Weight >= NameWeight).ToDictionary(r => r.Key, r => r.Doc.Category);
        byte categories = 0;
        foreach (var (key, category) in old.Where(p => !now.ContainsKey(p.Key)).Concat(now.Where(p => !old.ContainsKey(p.Key))))
        {
            categories |= category is >= 0 and < 8 ? (byte)(1 << category) : (byte)0;
        }

        return categories;
    }
}
