using System.Text;
using System.Text.Json;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Model;

/// <summary>
/// Converts between crawled <see cref="ToolDefinition"/>s and <see cref="ModelToolInput"/>, so that a
/// crawled tool and a dataset row with the same name, description, parameters and hints are
/// featurised identically. Parameter types follow the dataset's convention: a value list is
/// <c>enum</c>, anyOf/oneOf (or several types) is <c>union</c>, no type is <c>any</c>.
/// </summary>
public static class ModelToolInputs
{
    /// <summary>Beyond this many parameters the rest add nothing but cost; schemas are attacker-controlled.</summary>
    private const int MaxParameters = 64;

    private static readonly JsonDocumentOptions SchemaOptions = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static ModelToolInput FromDefinition(ToolDefinition tool, string? serverName = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return new ModelToolInput
        {
            Name = tool.Name,
            Description = tool.Description,
            Parameters = ReadParameters(tool.InputSchema),
            Annotations = tool.Annotations,
            ServerName = serverName,
        };
    }

    /// <summary>
    /// A tool definition carrying what the dataset row knows, so a definition-based classifier (the
    /// rules) can label dataset rows. Unknown parameters (<c>null</c>) give an empty schema text.
    /// </summary>
    public static ToolDefinition ToDefinition(LabelledTool labelled)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        return new ToolDefinition
        {
            Name = labelled.Tool.Name,
            Description = labelled.Tool.Description,
            InputSchema = labelled.Tool.Parameters is null ? "" : WriteSchema(labelled.Tool.Parameters),
            Annotations = labelled.Tool.Annotations,
            Location = new SourceLocation("dataset", 1),
            Method = "dataset",
        };
    }

    /// <summary>The top-level parameters of a JSON Schema; <c>null</c> when the text is not a JSON object.</summary>
    public static IReadOnlyList<ToolParameterShape>? ReadParameters(string? inputSchema)
    {
        if (string.IsNullOrWhiteSpace(inputSchema))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(inputSchema, SchemaOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var required = RequiredNames(root);
            var parameters = new List<ToolParameterShape>();
            if (root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject().Take(MaxParameters))
                {
                    parameters.Add(new ToolParameterShape(property.Name, TypeOf(property.Value), required.Contains(property.Name)));
                }
            }

            return parameters;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
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

    private static string TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "any";
        }

        if (schema.TryGetProperty("enum", out _))
        {
            return "enum";
        }

        if (schema.TryGetProperty("anyOf", out _) || schema.TryGetProperty("oneOf", out _))
        {
            return "union";
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return "any";
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString() is { Length: > 0 } text ? text : "any";
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            // ["string","null"] is a nullable string, not a union of meanings.
            var types = type.EnumerateArray()
                .Where(t => t.ValueKind == JsonValueKind.String && t.GetString() != "null")
                .Select(t => t.GetString()!)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return types.Count switch
            {
                0 => "any",
                1 => types[0],
                _ => "union",
            };
        }

        return "any";
    }

    private static string WriteSchema(IReadOnlyList<ToolParameterShape> parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            foreach (var parameter in parameters)
            {
                writer.WriteStartObject(parameter.Name);
                switch (parameter.Type)
                {
                    case "enum":
                        writer.WriteStartArray("enum");
                        writer.WriteEndArray();
                        break;
                    case "union":
                        writer.WriteStartArray("anyOf");
                        writer.WriteEndArray();
                        break;
                    case "any":
                        break;
                    default:
                        writer.WriteString("type", parameter.Type);
                        break;
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("required");
            foreach (var parameter in parameters.Where(p => p.Required))
            {
                writer.WriteStringValue(parameter.Name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
