using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Catalog.Crawler.Extraction.CSharp;

/// <summary>
/// Writes the compact JSON Schema text of a tool's input from the properties read in source. The shape is
/// always <c>{"type":"object","properties":{...}}</c>, with <c>"required"</c> only when some property is.
/// </summary>
internal static class InputSchemaWriter
{
    // Relaxed escaping keeps descriptions readable in the stored schema; the text is never put into HTML unencoded.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<SchemaProperty> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = properties.Where(p => seen.Add(p.Name)).ToList();

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            foreach (var property in unique)
            {
                writer.WritePropertyName(property.Name);
                WriteProperty(writer, property);
            }

            writer.WriteEndObject();
            var required = unique.Where(p => p.Required).ToList();
            if (required.Count > 0)
            {
                writer.WriteStartArray("required");
                foreach (var property in required)
                {
                    writer.WriteStringValue(property.Name);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteProperty(Utf8JsonWriter writer, SchemaProperty property)
    {
        writer.WriteStartObject();
        if (property.Type is not null)
        {
            writer.WriteString("type", property.Type);
        }

        if (property.Items is not null)
        {
            writer.WritePropertyName("items");
            WriteProperty(writer, property.Items);
        }

        if (property.Enum is { Count: > 0 })
        {
            writer.WriteStartArray("enum");
            foreach (var value in property.Enum)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        if (!string.IsNullOrEmpty(property.Description))
        {
            writer.WriteString("description", property.Description);
        }

        writer.WriteEndObject();
    }
}
