using System.Globalization;
using System.Text.Json;

namespace Catalog.Site.Outputs;

/// <summary>
/// <c>.catalog-manifest.json</c>: what the previous build left, so the next one can leave alone whatever
/// has not changed. Every server folder (<c>servers/{segment}/</c> with <c>api/servers/{segment}.json</c>)
/// is one entry with the fingerprint of everything its files were made from and how many files it holds;
/// every other file has its own entry with the first 128 bits of the SHA-256 of its content. Also marks the
/// folder as a site the builder may replace. Written and read as a stream.
/// </summary>
internal sealed class SiteManifest
{
    public const string FileName = ".catalog-manifest.json";

    /// <summary>Version 3 added the server entries; version 2 listed every file (server files included).</summary>
    public const int Version = 3;

    public Dictionary<string, ServerEntry> Servers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, UInt128> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Size and last-write time of every site-wide file as the build left it: a file whose stamp no longer
    /// matches was changed behind the builder's back, and is written again even if its hash says otherwise.
    /// </summary>
    public Dictionary<string, FileStamp> Stamps { get; } = new(StringComparer.Ordinal);

    internal readonly record struct FileStamp(long Length, long WriteTicks)
    {
        public static FileStamp? Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
    }

    /// <summary>The build's own inputs (site code, options) the export lines were made with; see <see cref="ExportSpan"/>.</summary>
    public string Build { get; set; } = "";

    /// <summary>Where each server's lines are in the export, by server folder, with the content they were made from.</summary>
    public Dictionary<string, ExportSpan> Exports { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A server's lines in <c>api/catalog.jsonl.gz</c>: made from a server whose content hashed to <see cref="Content"/>,
    /// so a later build whose server hashes the same (under the same <see cref="Build"/>) copies them instead of
    /// serialising the server again.
    /// </summary>
    /// <param name="Content">The content hash of the server the lines were made from.</param>
    /// <param name="Offset">Where the lines start in the export.</param>
    /// <param name="Length">How many bytes they take.</param>
    /// <param name="Lines">How many lines (tools) they are.</param>
    /// <param name="Hash">The first 64 bits of the SHA-256 of the span's bytes, checked when they are copied.</param>
    internal readonly record struct ExportSpan(UInt128 Content, long Offset, int Length, int Lines, ulong Hash);

    public static SiteManifest Empty => new();

    /// <summary>One server folder: the fingerprint it was built from and how many files it holds.</summary>
    internal readonly record struct ServerEntry(UInt128 Fingerprint, int Files);

    public void Write(string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream, SiteJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("version", Version);
        writer.WriteString("build", Build);
        writer.WriteStartObject("servers");
        foreach (var segment in Servers.Keys.Order(StringComparer.Ordinal))
        {
            var entry = Servers[segment];
            writer.WriteStartObject(segment);
            writer.WriteString("fingerprint", Hex(entry.Fingerprint));
            writer.WriteNumber("files", entry.Files);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("exports");
        foreach (var segment in Exports.Keys.Order(StringComparer.Ordinal))
        {
            var span = Exports[segment];
            writer.WriteStartObject(segment);
            writer.WriteString("content", Hex(span.Content));
            writer.WriteNumber("offset", span.Offset);
            writer.WriteNumber("length", span.Length);
            writer.WriteNumber("lines", span.Lines);
            writer.WriteString("hash", span.Hash.ToString("x16", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("stamps");
        foreach (var file in Stamps.Keys.Order(StringComparer.Ordinal))
        {
            writer.WriteString(file, string.Create(CultureInfo.InvariantCulture, $"{Stamps[file].Length}:{Stamps[file].WriteTicks}"));
        }

        writer.WriteEndObject();
        writer.WriteStartObject("files");
        foreach (var file in Files.Keys.Order(StringComparer.Ordinal))
        {
            writer.WriteString(file, Hex(Files[file]));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>What a previous build listed; null when the manifest cannot be read (the next build then replaces the whole site).</summary>
    public static SiteManifest? Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            var manifest = new SiteManifest();
            if (root.TryGetProperty("servers", out var servers))
            {
                foreach (var server in servers.EnumerateObject())
                {
                    manifest.Servers[server.Name] = new ServerEntry(Parse(server.Value.GetProperty("fingerprint").GetString()!), server.Value.GetProperty("files").GetInt32());
                }
            }

            if (root.TryGetProperty("build", out var build))
            {
                manifest.Build = build.GetString() ?? "";
            }

            if (root.TryGetProperty("exports", out var exports))
            {
                foreach (var export in exports.EnumerateObject())
                {
                    var value = export.Value;
                    manifest.Exports[export.Name] = new ExportSpan(
                        Parse(value.GetProperty("content").GetString()!),
                        value.GetProperty("offset").GetInt64(),
                        value.GetProperty("length").GetInt32(),
                        value.GetProperty("lines").GetInt32(),
                        ulong.Parse(value.GetProperty("hash").GetString()!, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }

            if (root.TryGetProperty("stamps", out var stamps))
            {
                foreach (var stamp in stamps.EnumerateObject())
                {
                    var parts = stamp.Value.GetString()!.Split(':');
                    manifest.Stamps[stamp.Name] = new FileStamp(long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
                }
            }

            foreach (var file in root.GetProperty("files").EnumerateObject())
            {
                // Version 1 wrote the whole 256-bit hash; its first 128 bits are what later versions keep.
                manifest.Files[file.Name] = Parse(file.Value.GetString()!);
            }

            return manifest;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or OverflowException or IndexOutOfRangeException or ArgumentException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    private static string Hex(UInt128 value) => value.ToString("x32", CultureInfo.InvariantCulture);

    private static UInt128 Parse(string hex) => UInt128.Parse(hex.AsSpan(0, Math.Min(32, hex.Length)), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
