using System.Text.Json.Nodes;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>Reads MCP tool hints from converted keyword arguments or a dict; only True/False literals count.</summary>
internal static class PythonAnnotations
{
    public static ToolAnnotations Read(JsonObject? annotations) => annotations is null
        ? ToolAnnotations.None
        : new ToolAnnotations(Hint(annotations, "readOnlyHint"), Hint(annotations, "destructiveHint"), Hint(annotations, "idempotentHint"), Hint(annotations, "openWorldHint"));

    private static bool? Hint(JsonObject annotations, string key) =>
        annotations[key] is JsonValue value && value.TryGetValue<bool>(out var hint) ? hint : null;
}
