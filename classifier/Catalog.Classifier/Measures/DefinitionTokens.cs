using System.Buffers;
using System.Text;
using System.Text.Json;
using Catalog.Domain.Tools;
using Microsoft.ML.Tokenizers;

namespace Catalog.Classifier.Measures;

/// <summary>
/// What a tool's definition costs in an agent's context: the tokens (o200k encoding, as GPT-4o and
/// later count) of the JSON a client receives for it from <c>tools/list</c>: name, title,
/// description, input schema and declared annotations. The tokenizer is loaded once and shared.
/// Counted once per definition version, when it is labelled, and stored with the label: the site
/// shows the stored count rather than tokenizing every tool on every build.
/// </summary>
public static class DefinitionTokens
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Byte-pair encoding takes time quadratic in the length of a piece of text without spaces, so a hostile
    /// description of a million letters took minutes. A run longer than this is counted in pieces of this
    /// length, which can differ from the exact count by about a token per piece; text without such runs (every
    /// real definition) is counted exactly.
    /// </summary>
    internal const int LongestRunCountedWhole = 1024;

    public static int Count(ToolDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return CountBounded(ListedJson(definition));
    }

    internal static int CountBounded(string text)
    {
        var tokenizer = Tokenizer.Value;
        var total = 0;
        var start = 0;
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            run = char.IsWhiteSpace(text[i]) ? 0 : run + 1;
            if (run > LongestRunCountedWhole && !char.IsLowSurrogate(text[i]))
            {
                total += tokenizer.CountTokens(text.AsSpan(start, i - start));
                start = i;
                run = 1;
            }
        }

        return total + tokenizer.CountTokens(text.AsSpan(start));
    }

    /// <summary>The tool as a <c>tools/list</c> entry; a schema that is not valid JSON is counted as the text it is.</summary>
    internal static string ListedJson(ToolDefinition definition)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + definition.Description.Length + definition.InputSchema.Length);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("name", definition.Name);
            if (definition.Title is { } title)
            {
                writer.WriteString("title", title);
            }

            writer.WriteString("description", definition.Description);
            writer.WritePropertyName("inputSchema");
            if (IsJson(definition.InputSchema))
            {
                writer.WriteRawValue(definition.InputSchema, skipInputValidation: true);
            }
            else
            {
                writer.WriteStringValue(definition.InputSchema);
            }

            var hints = definition.Annotations;
            if (hints.Any)
            {
                writer.WriteStartObject("annotations");
                WriteHint(writer, "readOnlyHint", hints.ReadOnlyHint);
                WriteHint(writer, "destructiveHint", hints.DestructiveHint);
                WriteHint(writer, "idempotentHint", hints.IdempotentHint);
                WriteHint(writer, "openWorldHint", hints.OpenWorldHint);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteHint(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } set)
        {
            writer.WriteBoolean(name, set);
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = 64 });
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
