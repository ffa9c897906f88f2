using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Catalog.Domain.Catalog;
using Catalog.Domain.Tools;
using Catalog.Site.Outputs;
using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

/// <summary>
/// Everything a server's files are made from, reduced to 128 bits: the build's own inputs (this site
/// code, the policy recommender's code, the options), the server as the catalogue gives it, and what its
/// pages show of other servers (the similar tools). Equal fingerprints mean equal files, so a server whose
/// fingerprint is unchanged is carried over without rendering a page.
/// <para>
/// The server is serialised whole, every public property, by a serializer generated at compile time
/// against the domain: a property added to the domain later is then part of the fingerprint without anyone
/// remembering to add it, and no page can silently go stale. The text a definition's content hash is made
/// from stands as that hash (see <see cref="TextAsHashes"/>).
/// </para>
/// </summary>
internal sealed class ServerFingerprint
{
    private readonly byte[] buildKey;

    /// <summary>The build's own inputs as hex: the site code, the policy code and the options (see <see cref="SiteManifest.Build"/>).</summary>
    public string Build => Convert.ToHexStringLower(SHA256.HashData(buildKey));

    public ServerFingerprint(SiteOptions options, Type policyRecommender)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(policyRecommender);
        string[] parts =
        [
            typeof(ServerFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString(),
            policyRecommender.Assembly.ManifestModule.ModuleVersionId.ToString(),
            policyRecommender.FullName ?? "",
            options.BaseUrl,
            options.Title,
        ];

        // Length-prefixed, so no two sets of inputs give the same key.
        buildKey = Encoding.UTF8.GetBytes(string.Concat(parts.Select(p => $"{p.Length}:{p}\n")));
    }

    /// <summary>The server's own part: all it holds, as the catalogue gave it (see <see cref="FingerprintJsonContext"/>).</summary>
    public static UInt128 Content(CatalogServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        // The same bytes as JsonSerializer.SerializeToUtf8Bytes, written into this thread's buffer instead of a
        // new array per server, by a writer made as that method makes its own (the serializer writes valid JSON,
        // so the writer need not check it).
        var scratch = contentScratch ??= new JsonScratch(ContentWriterOptions);
        var writer = scratch.Begin();
        JsonSerializer.Serialize(writer, AsHashed(server), ServerTypeInfo);
        writer.Flush();
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(scratch.Written, digest);
        return Digest(digest);
    }

    /// <summary>
    /// The tools with the text their content hash stands for (title, description, input schema, annotations; see
    /// <see cref="ToolContentHash"/>) left out of each definition and of each stored version, and the hash kept: that
    /// text was most of a server's JSON, and hashing it twice made the content hash half of the first pass. The hash is
    /// SHA-256 over exactly those fields, so the text still moves the fingerprint whenever it changes (a definition
    /// changed with <c>with</c> works its hash out afresh); the name and everything else are serialised as they are.
    /// </summary>
    internal static CatalogServer AsHashed(CatalogServer server) => server with { Tools = TextAsHashes(server.Tools) };

    private static CatalogTool[] TextAsHashes(IReadOnlyList<CatalogTool> tools)
    {
        var hashed = new CatalogTool[tools.Count];
        for (var i = 0; i < hashed.Length; i++)
        {
            var tool = tools[i];
            var definition = tool.Definition;
            var versions = new ToolVersionInfo[tool.History.Count];
            for (var v = 0; v < versions.Length; v++)
            {
                // A stored version's hash is of the definition it stored, its description included.
                versions[v] = tool.History[v] with { Description = "" };
            }

            hashed[i] = tool with
            {
                Definition = definition with { Title = null, Description = "", InputSchema = "", Annotations = ToolAnnotations.None, ContentHash = definition.ContentHash },
                History = versions,
            };
        }

        return hashed;
    }

    private static readonly JsonTypeInfo<CatalogServer> ServerTypeInfo = FingerprintJsonContext.Default.CatalogServer;

    private static readonly JsonWriterOptions ContentWriterOptions = new()
    {
        Encoder = ServerTypeInfo.Options.Encoder,
        Indented = ServerTypeInfo.Options.WriteIndented,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static JsonScratch? contentScratch;

    /// <summary>
    /// The whole fingerprint: the build, the server's content, and its tools' similar tools: every field of
    /// theirs a page shows (name, folder, server name and folder, category, risk), length-prefixed so no two
    /// lists hash alike by running into each other.
    /// </summary>
    /// <param name="server">The server's sketch from the first pass.</param>
    /// <param name="similar">Its tools' similar tools, in the order of <see cref="ServerSketch.ToolNames"/> (see <see cref="SimilarDocs"/>).</param>
    public UInt128 Of(ServerSketch server, SearchDoc[][] similar)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(similar);
        // This thread's buffer, emptied: a new one grown to each server's size was most of what a fingerprint allocated.
        var buffer = fingerprintScratch ??= new ArrayBufferWriter<byte>(16 * 1024);
        if (buffer.Capacity > KeptCapacity)
        {
            buffer = fingerprintScratch = new ArrayBufferWriter<byte>(16 * 1024);
        }

        buffer.ResetWrittenCount();
        buffer.Write(buildKey);
        BinaryPrimitives.WriteUInt128BigEndian(buffer.GetSpan(16), server.Content);
        buffer.Advance(16);
        for (var i = 0; i < server.ToolNames.Length; i++)
        {
            Text(buffer, server.ToolNames[i]);
            BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), similar[i].Length);
            buffer.Advance(4);
            foreach (var doc in similar[i])
            {
                Text(buffer, doc.Tool ?? "");
                Text(buffer, doc.ToolSegment);
                Text(buffer, doc.Server.Name);
                Text(buffer, doc.Server.Segment);
                var labels = buffer.GetSpan(2);
                labels[0] = (byte)doc.Category;
                labels[1] = (byte)doc.Risk;
                buffer.Advance(2);
            }
        }

        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(buffer.WrittenSpan, digest);
        return Digest(digest);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? fingerprintScratch;

    /// <summary>A buffer grown beyond this by an outsized server is replaced rather than kept for the thread's life.</summary>
    private const int KeptCapacity = 1 << 20;

    /// <summary>Each tool's similar tools on other servers, found through the frozen index, in the sketch's tool order.</summary>
    public static SearchDoc[][] SimilarDocs(ServerSketch server, SimilarTools search)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(search);
        var similar = new SearchDoc[server.ToolNames.Length][];
        for (var i = 0; i < similar.Length; i++)
        {
            similar[i] = server.Categories[i] is { } category ? [.. search.Find(server.Slug, server.ToolNames[i], category)] : [];
        }

        return similar;
    }

    private static void Text(ArrayBufferWriter<byte> buffer, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), length);
        buffer.Advance(4);
        buffer.Advance(Encoding.UTF8.GetBytes(text, buffer.GetSpan(length)));
    }

    private static UInt128 Digest(ReadOnlySpan<byte> sha256) => BinaryPrimitives.ReadUInt128BigEndian(sha256);
}
