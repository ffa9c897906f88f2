using System.Text.Encodings.Web;
using System.Text.Json;

namespace Catalog.Cli.Output;

/// <summary>One writer configuration for every JSON line the CLI prints, so outputs are byte-stable.</summary>
public static class JsonLines
{
    /// <summary>Relaxed escaping keeps non-ASCII text readable; these lines are data, never embedded in HTML.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes <paramref name="json"/> as a JSON value when it parses, or as a string when it does not, so one bad schema never breaks a line.</summary>
    public static void WriteRawOrString(Utf8JsonWriter writer, string propertyName, string json)
    {
        ArgumentNullException.ThrowIfNull(writer);
        try
        {
            using var document = JsonDocument.Parse(json);
            writer.WritePropertyName(propertyName);
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException)
        {
            writer.WriteString(propertyName, json);
        }
    }

    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
