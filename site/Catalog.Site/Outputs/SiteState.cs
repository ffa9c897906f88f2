using System.Security.Cryptography;
using System.Text;
using Catalog.Site.Search;

namespace Catalog.Site.Outputs;

/// <summary>
/// <c>.catalog-state.bin</c>: what a build worked out of the whole catalogue, kept so that the next build
/// need not read it all again: every server in reading order with the stamp it was read at (see
/// <see cref="Catalog.Domain.Catalog.ServerStamp"/>), the search index with its stored documents per term, and the
/// inputs each listing page and the sitemap were made from. A site-wide file like any other, so it is
/// committed with the pages it describes and trusted only when the manifest's hash of it still matches.
/// </summary>
internal sealed class SiteState
{
    public const string FileName = ".catalog-state.bin";

    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "CATSTATE"u8.ToArray();

    private SiteState(string build, IReadOnlyList<StateServer> servers, IReadOnlyDictionary<string, UInt128> inputs, SearchIndex search)
    {
        Build = build;
        Servers = servers;
        Inputs = inputs;
        Search = search;
    }

    /// <summary>The build key of the build that wrote it (see <see cref="SiteManifest.Build"/>).</summary>
    public string Build { get; }

    /// <summary>Every server of that build, in reading order.</summary>
    public IReadOnlyList<StateServer> Servers { get; }

    /// <summary>A hash of what each listing page (and the sitemap) was made from, by output path.</summary>
    public IReadOnlyDictionary<string, UInt128> Inputs { get; }

    /// <summary>The restored search index, open for the documents of the servers left out.</summary>
    public SearchIndex Search { get; }

    /// <summary>One server as the state keeps it: enough for the listings, the totals and its export lines.</summary>
    internal sealed record StateServer(string Slug, string Stamp, string Name, string Repository, string? Language, string Segment, UInt128 Content)
    {
        public SearchServer Entry { get; } = new(Slug, Name, Segment);
    }

    /// <summary>Writes a state; <paramref name="servers"/> must be the ones whose documents <paramref name="search"/> holds.</summary>
    public static void Write(Stream stream, string build, IReadOnlyList<StateServer> servers, SearchIndex search, IReadOnlyDictionary<string, UInt128> inputs)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(servers);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(inputs);
        using var writer = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8, leaveOpen: false);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(build);
        writer.Write(servers.Count);
        var numbers = new Dictionary<string, int>(servers.Count, StringComparer.Ordinal);
        foreach (var server in servers)
        {
            numbers.Add(server.Slug, numbers.Count);
            writer.Write(server.Slug);
            writer.Write(server.Stamp);
            writer.Write(server.Name);
            writer.Write(server.Repository);
            writer.Write(server.Language is not null);
            writer.Write(server.Language ?? "");
            writer.Write(server.Segment);
            writer.Write((ulong)(server.Content >> 64));
            writer.Write((ulong)server.Content);
        }

        writer.Write(inputs.Count);
        foreach (var (path, hash) in inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(path);
            writer.Write((ulong)(hash >> 64));
            writer.Write((ulong)hash);
        }

        search.WriteTo(writer, server => numbers.TryGetValue(server.Slug, out var number)
            ? number
            : throw new InvalidOperationException($"The search index holds server '{server.Slug}', which the state does not list."));
        writer.Write(Magic);
    }

    /// <summary>
    /// The previous build's state when it can be trusted: present, made by the same build, its bytes the ones
    /// the manifest recorded, and whole. The servers <paramref name="leaveOut"/> picks are left out of the
    /// restored search index. Null otherwise: the caller then reads the whole catalogue.
    /// </summary>
    /// <param name="path">The live state file.</param>
    /// <param name="manifest">The previous build's manifest, which holds the state's hash.</param>
    /// <param name="build">This build's key; a state made by another build is not used.</param>
    /// <param name="leaveOut">The servers whose documents the restored index must not hold.</param>
    /// <param name="worthRestoring">
    /// Asked with how many servers are kept, before the search index (most of the file) is restored: false
    /// when so much changed that reading everything costs about the same.
    /// </param>
    public static SiteState? TryRead(string path, SiteManifest? manifest, string build, Func<StateServer, bool> leaveOut, Func<int, bool> worthRestoring)
    {
        ArgumentNullException.ThrowIfNull(leaveOut);
        if (manifest is null || manifest.Build != build || !manifest.Files.TryGetValue(FileName, out var recorded) || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            if (System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(SHA256.HashData(bytes)) != recorded)
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            return Read(reader, build, leaveOut, worthRestoring);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static long Remaining(BinaryReader reader) => reader.BaseStream.Length - reader.BaseStream.Position;

    private static SiteState? Read(BinaryReader reader, string build, Func<StateServer, bool> leaveOut, Func<int, bool> worthRestoring)
    {
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion || reader.ReadString() != build)
        {
            return null;
        }

        // A server takes at least 24 bytes: a count the data cannot hold is refused before anything is allocated.
        var count = reader.ReadInt32();
        if (count < 0 || count > Remaining(reader) / 24)
        {
            throw new InvalidDataException($"A server count of {count} is out of range.");
        }

        var slugs = new HashSet<string>(count, StringComparer.Ordinal);
        var segments = new HashSet<string>(count, StringComparer.Ordinal);

        var servers = new List<StateServer>(count);
        for (var i = 0; i < count; i++)
        {
            var slug = reader.ReadString();
            var stamp = reader.ReadString();
            var name = reader.ReadString();
            var repository = reader.ReadString();
            var hasLanguage = reader.ReadBoolean();
            var language = reader.ReadString();
            var segment = reader.ReadString();
            var content = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());

            // The folder must be the one the slug gives, and both unique: the state only ever names folders the builder made.
            if (segment != Pages.Slugs.ForPath(slug) || !slugs.Add(slug) || !segments.Add(segment))
            {
                throw new InvalidDataException($"The server '{slug}' has an unexpected or repeated folder.");
            }

            servers.Add(new StateServer(slug, stamp, name, repository, hasLanguage ? language : null, segment, content));
        }

        var inputCount = reader.ReadInt32();
        if (inputCount < 0 || inputCount > Remaining(reader) / 17)
        {
            throw new InvalidDataException($"An input count of {inputCount} is out of range.");
        }

        var inputs = new Dictionary<string, UInt128>(inputCount, StringComparer.Ordinal);
        for (var i = 0; i < inputCount; i++)
        {
            inputs[reader.ReadString()] = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
        }

        var leftOut = servers.Select(leaveOut).ToList();
        if (!worthRestoring(leftOut.Count(left => !left)))
        {
            return null;
        }

        var search = SearchIndex.Restore(reader, servers.Select(s => s.Entry).ToList(), leftOut);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException("The state does not end where it should.");
        }

        return new SiteState(build, servers, inputs, search);
    }
}
