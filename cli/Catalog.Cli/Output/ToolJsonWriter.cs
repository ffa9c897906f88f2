using System.Text.Json;
using Catalog.Domain.Classification;
using Catalog.Domain.Tools;

namespace Catalog.Cli.Output;

/// <summary>The JSON shape of a tool in CLI output (extract and classify): MCP's own member names where MCP has them.</summary>
public static class ToolJsonWriter
{
    public static void WriteDefinition(Utf8JsonWriter writer, ToolDefinition tool)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tool);
        writer.WriteString("name", tool.Name);
        if (tool.Title is not null)
        {
            writer.WriteString("title", tool.Title);
        }

        writer.WriteString("description", tool.Description);
        JsonLines.WriteRawOrString(writer, "inputSchema", tool.InputSchema);
        WriteAnnotations(writer, tool.Annotations);
    }

    public static void WriteAnnotations(Utf8JsonWriter writer, ToolAnnotations annotations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(annotations);
        if (!annotations.Any)
        {
            return;
        }

        writer.WriteStartObject("annotations");
        WriteHint(writer, "readOnlyHint", annotations.ReadOnlyHint);
        WriteHint(writer, "destructiveHint", annotations.DestructiveHint);
        WriteHint(writer, "idempotentHint", annotations.IdempotentHint);
        WriteHint(writer, "openWorldHint", annotations.OpenWorldHint);
        writer.WriteEndObject();
    }

    public static void WriteClassification(Utf8JsonWriter writer, ToolClassification label)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(label);
        writer.WriteString("category", label.Category.ToString());
        writer.WriteBoolean("destructive", label.Destructive);
        writer.WriteBoolean("financial", label.Financial);
        writer.WriteBoolean("sensitive", label.Sensitive);
        writer.WriteString("risk", label.Risk.ToString());
        writer.WriteNumber("confidence", Math.Round(label.Confidence, 3));
        writer.WriteStartArray("reasons");
        foreach (var reason in label.Reasons)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", reason.RuleId);
            writer.WriteString("text", reason.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("classifierVersion", label.ClassifierVersion);
    }

    private static void WriteHint(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } hint)
        {
            writer.WriteBoolean(name, hint);
        }
    }
}
