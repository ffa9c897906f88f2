using System.Text.Json;

namespace Catalog.Site.Pages;

/// <summary>
/// Reads the parameters table from a tool's input schema. The schema is text from a repository: any
/// shape it has (invalid JSON, too deep, not an object) gives a note instead of an exception.
/// </summary>
internal static class InputSchemaReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = false };

    public static ParameterTable Read(string schemaJson)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        try
        {
            using var document = JsonDocument.Parse(schemaJson, Options);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return new ParameterTable([], "The input schema is not valid JSON, so its parameters cannot be listed.");
        }
    }

    private static ParameterTable Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ParameterTable([], "The input schema is not a JSON object, so its parameters cannot be listed.");
        }

        if (!root.TryGetProperty("properties", out var properties))
        {
            return new ParameterTable([], null);
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            return new ParameterTable([], "The input schema's \"properties\" is not an object, so its parameters cannot be listed.");
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
