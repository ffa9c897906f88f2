using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Catalog.Site.Pages;

/// <summary>
/// Reads the parameters table from a tool's input schema. The schema is text from a repository: any
/// shape it has (invalid JSON, too deep, not an object) gives a note instead of an exception.
/// <para>
/// Every tool page reads one, so the schema is read in one pass with a <see cref="Utf8JsonReader"/>, which
/// accepts and refuses exactly what <see cref="JsonDocument"/> does with the same options. Where a key is
/// given twice the last one counts, as with <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>.
/// Text that cannot be decoded (unpaired surrogates, as characters or as escapes) is read by the
/// document instead, so it behaves exactly as it always did.
/// </para>
/// </summary>
internal static class InputSchemaReader
{
    private const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth, AllowTrailingCommas = false };
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth, AllowTrailingCommas = false };

    private static readonly ParameterTable NotJson = new([], "The input schema is not valid JSON, so its parameters cannot be listed.");
    private static readonly ParameterTable NotObject = new([], "The input schema is not a JSON object, so its parameters cannot be listed.");
    private static readonly ParameterTable PropertiesNotObject = new([], "The input schema's \"properties\" is not an object, so its parameters cannot be listed.");
    private static readonly ParameterTable NoProperties = new([], null);
    private static readonly ParameterTable NotUnicode = new([], "The input schema holds text that is not valid Unicode (half a surrogate pair), so its parameters cannot be listed.");

    public static ParameterTable Read(string schemaJson)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Math.Min(schemaJson.Length, int.MaxValue / 3 - 1)));
        try
        {
            if (System.Text.Unicode.Utf8.FromUtf16(schemaJson, utf8, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return FromDocument(schemaJson);
            }

            try
            {
                return Walk(utf8.AsSpan(0, written));
            }
            catch (JsonException)
            {
                return NotJson;
            }
            catch (InvalidOperationException)
            {
                // A string the reader accepted but cannot decode.
                return FromDocument(schemaJson);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>Reads the whole schema, so that text after a readable part still makes it invalid JSON.</summary>
    private static ParameterTable Walk(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            ReadToEnd(ref reader);
            return NotObject;
        }

        var propertiesGiven = false;
        List<Parameter>? parameters = null;
        HashSet<string>? required = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("properties"u8))
            {
                reader.Read();
                propertiesGiven = true;
                parameters = reader.TokenType == JsonTokenType.StartObject ? ReadParameters(ref reader) : null;
            }
            else if (reader.ValueTextEquals("required"u8))
            {
                reader.Read();
                required = reader.TokenType == JsonTokenType.StartArray ? ReadRequired(ref reader) : null;
            }
            else
            {
                reader.Read();
            }

            reader.Skip();
        }

        ReadToEnd(ref reader);
        if (!propertiesGiven)
        {
            return NoProperties;
        }

        if (parameters is null)
        {
            return PropertiesNotObject;
        }

        var rows = new List<ParameterRow>(parameters.Count);
        foreach (var parameter in parameters)
        {
            rows.Add(new ParameterRow(parameter.Name, parameter.Type, required?.Contains(parameter.Name) == true, parameter.Description));
        }

        return new ParameterTable(rows, null);
    }

    /// <summary>From the start of <c>properties</c> to its end: one parameter for each member, in order.</summary>
    private static List<Parameter> ReadParameters(ref Utf8JsonReader reader)
    {
        var parameters = new List<Parameter>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                parameters.Add(ReadParameter(ref reader, name));
            }
            else
            {
                reader.Skip();
                parameters.Add(new Parameter(name, "any", ""));
            }
        }

        return parameters;
    }

    /// <summary>From the start of one parameter's schema to its end.</summary>
    private static Parameter ReadParameter(ref Utf8JsonReader reader, string name)
    {
        var typeGiven = false;
        string? type = null;
        var itemsIsObject = false;
        var itemTypeGiven = false;
        string? itemType = null;
        var enumGiven = false;
        var alternativesGiven = false;
        string? description = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                typeGiven = true;
                type = TypeName(ref reader);
            }
            else if (reader.ValueTextEquals("items"u8))
            {
                reader.Read();
                itemsIsObject = reader.TokenType == JsonTokenType.StartObject;
                itemTypeGiven = false;
                itemType = null;
                while (itemsIsObject && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isType = reader.ValueTextEquals("type"u8);
                    reader.Read();
                    if (isType)
                    {
                        itemTypeGiven = true;
                        itemType = TypeName(ref reader);
                    }

                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("description"u8))
            {
                reader.Read();
                description = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                enumGiven |= reader.ValueTextEquals("enum"u8);
                alternativesGiven |= reader.ValueTextEquals("anyOf"u8) || reader.ValueTextEquals("oneOf"u8);
                reader.Read();
            }

            reader.Skip();
        }

        return new Parameter(name, TypeOf(typeGiven, type, itemsIsObject && itemTypeGiven ? itemType : null, enumGiven, alternativesGiven), description ?? "");
    }

    private static string TypeOf(bool typeGiven, string? type, string? itemType, bool enumGiven, bool alternativesGiven)
    {
        if (typeGiven)
        {
            if (type == "array" && itemType is not null)
            {
                return $"array of {itemType}";
            }

            if (type is not null)
            {
                return type;
            }
        }

        return enumGiven ? "enum" : alternativesGiven ? "one of several" : "any";
    }

    /// <summary>A type as a string, or the strings of an array of them joined; null for anything else. Leaves the reader on the value.</summary>
    private static string? TypeName(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return KnownType(ref reader) ?? reader.GetString();
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var names = new List<string>();
        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                names.Add(KnownType(ref reader) ?? reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return string.Join(" | ", names);
    }

    /// <summary>The JSON Schema type names as constants, so the common case makes no string.</summary>
    private static string? KnownType(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("string"u8) ? "string"
        : reader.ValueTextEquals("integer"u8) ? "integer"
        : reader.ValueTextEquals("number"u8) ? "number"
        : reader.ValueTextEquals("boolean"u8) ? "boolean"
        : reader.ValueTextEquals("object"u8) ? "object"
        : reader.ValueTextEquals("array"u8) ? "array"
        : reader.ValueTextEquals("null"u8) ? "null"
        : null;

    /// <summary>From the start of <c>required</c> to its end: the names it lists as strings.</summary>
    private static HashSet<string> ReadRequired(ref Utf8JsonReader reader)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                names.Add(reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return names;
    }

    /// <summary>Anything after the root value is an error, as it is for the document.</summary>
    private static void ReadToEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }

    private readonly record struct Parameter(string Name, string Type, string Description);

    /// <summary>The same reading through a parsed document: only for text the reader cannot decode.</summary>
    private static ParameterTable FromDocument(string schemaJson)
    {
        try
        {
            using var document = JsonDocument.Parse(schemaJson, Options);
            return FromRoot(document.RootElement);
        }
        catch (JsonException)
        {
            return NotJson;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Repository text is not trusted to be well-formed UTF-16: a lone surrogate, raw or as a JSON escape,
            // must cost this table, never the build.
            return NotUnicode;
        }
    }

    private static ParameterTable FromRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return NotObject;
        }

        if (!root.TryGetProperty("properties", out var properties))
        {
            return NoProperties;
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            return PropertiesNotObject;
        }

        var required = RequiredNames(root);
        var rows = properties.EnumerateObject()
            .Select(p => new ParameterRow(p.Name, TypeOf(p.Value), required.Contains(p.Name), DescriptionOf(p.Value)))
            .ToList();
        return new ParameterTable(rows, null);
    }

    private static HashSet<string> RequiredNames(JsonElement root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in required.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    names.Add(item.GetString()!);
                }
            }
        }

        return names;
    }

    private static string TypeOf(JsonElement property)
    {
        if (property.ValueKind != JsonValueKind.Object)
        {
            return "any";
        }

        if (property.TryGetProperty("type", out var type))
        {
            var named = TypeName(type);
            if (named == "array" && property.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object
                && items.TryGetProperty("type", out var itemType) && TypeName(itemType) is { } itemName)
            {
                return $"array of {itemName}";
            }

            if (named is not null)
            {
                return named;
            }
        }

        if (property.TryGetProperty("enum", out _))
        {
            return "enum";
        }

        if (property.TryGetProperty("anyOf", out _) || property.TryGetProperty("oneOf", out _))
        {
            return "one of several";
        }

        return "any";
    }

    private static string? TypeName(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => type.GetString(),
        JsonValueKind.Array => string.Join(" | ", type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString())),
        _ => null,
    };

    private static string DescriptionOf(JsonElement property) =>
        property.ValueKind == JsonValueKind.Object
        && property.TryGetProperty("description", out var description)
        && description.ValueKind == JsonValueKind.String
            ? description.GetString() ?? ""
            : "";
}
