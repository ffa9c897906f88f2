using System.Globalization;
using System.Text.Json;

namespace Catalog.Site.Outputs;

/// <summary>
/// <c>.catalog-manifest.json</c>: every file of the site (path relative to the output, '/' separators,
/// ordinal order) with the first 128 bits of the SHA-256 of its content, in hex. Lets the next build
/// skip unchanged files and remove stale ones, and marks the folder as a site the builder may replace.
/// Written and read as a stream: at 600,000 tools it lists about two million files.
/// </summary>
internal static class SiteManifest
{
    public const string FileName = ".catalog-manifest.json";

    public const int Version = 2;

    public static void Write(string path, IReadOnlyDictionary<string, UInt128> files)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream, SiteJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("version", Version);
        writer.WriteStartObject("files");
        foreach (var file in files.Keys.Order(StringComparer.Ordinal))
        {
            writer.WriteString(file, files[file].ToString("x32", CultureInfo.InvariantCulture));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The files a previous build listed; null when the manifest cannot be read (every file then counts as changed).</summary>
    public static Dictionary<string, UInt128>? Read(string path)
    {
        try
        {
            var files = new Dictionary<string, UInt128>(StringComparer.Ordinal);
            var bytes = File.ReadAllBytes(path);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 8 });
            var depth = 0;
            var inFiles = false;
            string? name = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        depth++;
                        inFiles = depth == 2 && name == "files";
                        break;
                    case JsonTokenType.EndObject:
                        depth--;
                        inFiles = false;
                        break;
                    case JsonTokenType.PropertyName:
                        name = reader.GetString();
                        break;
                    case JsonTokenType.String when inFiles && name is not null:
                        // Version 1 wrote the whole 256-bit hash; its first 128 bits are what version 2 keeps.
                        var hex = reader.GetString()!;
                        files[name] = UInt128.Parse(hex.AsSpan(0, Math.Min(32, hex.Length)), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        break;
                }
            }

            return files;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
