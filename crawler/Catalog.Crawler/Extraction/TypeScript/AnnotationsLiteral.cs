using System.Text.Json.Nodes;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>Reads MCP tool annotations from a converted object literal; a hint that is not a boolean literal stays undeclared.</summary>
internal static class AnnotationsLiteral
{
    public static readonly HashSet<string> Keys = ["title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"];

    public static ToolAnnotations Read(JsonObject? annotations) => annotations is null
        ? ToolAnnotations.None
        : new ToolAnnotations(
            Hint(annotations, "readOnlyHint"),
            Hint(annotations, "destructiveHint"),
            Hint(annotations, "idempotentHint"),
            Hint(annotations, "openWorldHint"));

    public static string? Title(JsonObject? annotations) =>
        annotations?["title"] is JsonValue value && value.TryGetValue<string>(out var title) ? title : null;

    private static bool? Hint(JsonObject annotations, string key) =>
        annotations[key] is JsonValue value && value.TryGetValue<bool>(out var hint) ? hint : null;
}
