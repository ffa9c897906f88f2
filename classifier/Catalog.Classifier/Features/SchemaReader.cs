using System.Text.Json;

namespace Catalog.Classifier.Features;

/// <summary>
/// Reads the top-level properties of a tool's JSON Schema. The schema is attacker-controlled, so
/// nothing here throws: invalid JSON gives <see cref="SchemaReadResult.Unreadable"/>, and sizes are capped.
/// </summary>
public static class SchemaReader
{
    private const int MaxParameters = 64;
    private const int MaxEnumValues = 32;
    private const int MaxTextLength = 1_000;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static SchemaReadResult Read(string? schema)
    {
        if (string.IsNullOrWhiteSpace(schema))
        {
            return SchemaReadResult.Unreadable;
        }

        try
        {
            using var document = JsonDocument.Parse(schema, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SchemaReadResult.Unreadable;
            }

            return new SchemaReadResult(ReadProperties(root), true);
        }
        catch (JsonException)
        {
            return SchemaReadResult.Unreadable;
        }
        catch (ArgumentException)
        {
            // Text that cannot be transcoded to UTF-8 (a lone surrogate) is as unreadable as bad JSON.
            return SchemaReadResult.Unreadable;
        }
    }

    private static List<ToolParameter> ReadProperties(JsonElement root)
    {
        var parameters = new List<ToolParameter>();
        if (!root.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return parameters;
        }

        var required = RequiredNames(root);
        foreach (var property in properties.EnumerateObject())
        {
            if (parameters.Count == MaxParameters)
            {
                break;
            }

            parameters.Add(ReadParameter(property.Name, property.Value, required.Contains(property.Name)));
        }

        return parameters;
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

    private static ToolParameter ReadParameter(string name, JsonElement schema, bool required)
    {
        var type = "";
        var description = "";
        List<string> enumValues = [];
        if (schema.ValueKind == JsonValueKind.Object)
        {
            type = ReadType(schema);
            description = ReadString(schema, "description");
            enumValues = ReadEnum(schema);
            if (type.Length == 0 && enumValues.Count > 0)
            {
                type = "enum";
            }
        }

        var nameStems = new List<string>();
        foreach (var token in NameTokenizer.Split(name))
        {
            nameStems.Add(WordStemmer.Stem(token));
        }

        return new ToolParameter
        {
            Name = Cap(name),
            Type = type,
            Description = description,
            EnumValues = enumValues,
            Required = required,
            NameStems = nameStems,
            CompactName = string.Concat(NameTokenizer.Split(name)),
        };
    }

    private static string ReadType(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return "";
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return Cap(type.GetString()!);
        }

        // ["string", "null"]: the first non-null type is what the caller supplies.
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } value && value != "null")
                {
                    return Cap(value);
                }
            }
        }

        return "";
    }

    private static List<string> ReadEnum(JsonElement schema)
    {
        var values = new List<string>();
        if (!schema.TryGetProperty("enum", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return values;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (values.Count == MaxEnumValues)
            {
                break;
            }

            if (item.ValueKind == JsonValueKind.String)
            {
                values.Add(Cap(item.GetString()!));
            }
        }

        return values;
    }

    private static string ReadString(JsonElement schema, string property) =>
        schema.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? Cap(value.GetString()!) : "";

    private static string Cap(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];
}
