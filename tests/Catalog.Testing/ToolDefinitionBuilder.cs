using Catalog.Domain.Tools;

namespace Catalog.Testing;

/// <summary>Builds tool definitions for tests with sensible defaults; override only what a test is about.</summary>
public static class ToolDefinitionBuilder
{
    public static ToolDefinition Tool(
        string name,
        string description = "",
        string? inputSchema = null,
        ToolAnnotations? annotations = null,
        string path = "src/index.ts",
        int line = 1,
        string method = ExtractionMethods.TsRegisterTool) => new()
    {
        Name = name,
        Description = description,
        InputSchema = inputSchema ?? ToolDefinition.EmptyInputSchema,
        Annotations = annotations ?? ToolAnnotations.None,
        Location = new SourceLocation(path, line),
        Method = method,
    };

    /// <summary>An object schema whose properties are all strings, the given ones required.</summary>
    public static string StringParams(params string[] names)
    {
        var props = string.Join(",", names.Select(n => $"\"{n}\":{{\"type\":\"string\"}}"));
        var required = string.Join(",", names.Select(n => $"\"{n}\""));
        return $"{{\"type\":\"object\",\"properties\":{{{props}}},\"required\":[{required}]}}";
    }
}
