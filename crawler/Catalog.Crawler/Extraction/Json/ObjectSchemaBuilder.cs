using System.Text.Json.Nodes;

namespace Catalog.Crawler.Extraction.Json;

/// <summary>
/// Collects the properties of an object input schema in source order, then writes
/// <c>{"type":"object","properties":{...},"required":[...]}</c> ("required" only when some are).
/// A property added twice keeps its first position and its last schema.
/// </summary>
public sealed class ObjectSchemaBuilder
{
    private readonly List<string> order = [];
    private readonly Dictionary<string, (JsonObject Schema, bool Required)> properties = new(StringComparer.Ordinal);

    public int Count => order.Count;

    /// <summary>Adds a property. The schema node is owned by the builder from then on (JSON nodes have one parent).</summary>
    public ObjectSchemaBuilder Add(string name, JsonObject schema, bool required)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(schema);
        if (!properties.ContainsKey(name))
        {
            order.Add(name);
        }

        properties[name] = (schema, required);
        return this;
    }

    public JsonObject ToJsonObject()
    {
        var props = new JsonObject();
        var required = new JsonArray();
        foreach (var name in order)
        {
            var (schema, isRequired) = properties[name];
            props[name] = schema.Parent is null ? schema : schema.DeepClone();
            if (isRequired)
            {
                required.Add(name);
            }
        }

        var result = new JsonObject { ["type"] = "object", ["properties"] = props };
        if (required.Count > 0)
        {
            result["required"] = required;
        }

        return result;
    }

    public string ToText() => CompactJson.ToText(ToJsonObject());
}
