using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Catalog.Crawler.Extraction.Json;

/// <summary>
/// Writes the compact JSON text every extractor stores as an input schema, with one writer configuration so the
/// same schema is always the same bytes: no indentation, non-ASCII letters kept, HTML-sensitive characters escaped.
/// </summary>
public static class CompactJson
{
    /// <summary>How deep extractors may nest values converted from source literals; deeper parts are dropped, never recursed into.</summary>
    public const int MaxNesting = 64;

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        MaxDepth = (MaxNesting * 2) + 16,
    };

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the text it wrote.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The compact text of a node; "null" for a null node.</summary>
    public static string ToText(JsonNode? node) => Write(writer =>
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    });
}
