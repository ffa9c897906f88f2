using System.Text;
using System.Text.Json;
using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;
using Catalog.Testing;

namespace Catalog.Classifier.Tests.Dataset;

/// <summary>
/// Reads <c>mcp-tools-train.jsonl</c> from the shared datasets folder (see its README for the fields).
/// Its parameter lists become JSON Schemas so the classifier reads them the way it reads crawled tools.
/// </summary>
public static class TrainingSet
{
    public const string FileName = "mcp-tools-train.jsonl";

    public static string FilePath => Path.Combine(RepositoryPaths.SharedDatasets, FileName);

    public static bool Exists => File.Exists(FilePath);

    public static IReadOnlyList<LabelledTool> Load()
    {
        var tools = new List<LabelledTool>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(FilePath))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                tools.Add(Parse(line, lineNumber));
            }
        }

        return tools;
    }

    private static LabelledTool Parse(string line, int lineNumber)
    {
        using var document = JsonDocument.Parse(line);
        var row = document.RootElement;
        var repo = row.GetProperty("repo").GetString()!;
        var tool = new ToolDefinition
        {
            Name = row.GetProperty("tool_name").GetString()!,
            Description = row.GetProperty("description").GetString() ?? "",
            InputSchema = Schema(row.GetProperty("params")),
            Annotations = Annotations(row.GetProperty("annotations")),
            Location = new SourceLocation($"{FileName}", lineNumber),
            Method = ExtractionMethods.Manifest,
        };

        return new LabelledTool
        {
            Tool = tool,
            Server = new ServerIdentity { Slug = repo.Replace('/', '-').ToLowerInvariant(), Name = repo, Repository = repo },
            Category = Enum.Parse<ToolCategory>(row.GetProperty("category").GetString()!),
            Risk = Enum.Parse<RiskLevel>(row.GetProperty("risk").GetString()!),
            Destructive = row.GetProperty("destructive").GetBoolean(),
            Financial = row.GetProperty("financial").GetBoolean(),
            Sensitive = row.GetProperty("sensitive").GetBoolean(),
        };
    }

    // The dataset keeps {name, type, required} per parameter; null means the schema could not be read.
    private static string Schema(JsonElement parameters)
    {
        if (parameters.ValueKind != JsonValueKind.Array)
        {
            return ToolDefinition.EmptyInputSchema;
        }

        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            var required = new List<string>();
            foreach (var parameter in parameters.EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString()!;
                writer.WriteStartObject(name);
                var type = parameter.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                switch (type)
                {
                    case "string" or "number" or "integer" or "boolean" or "array" or "object":
                        writer.WriteString("type", type);
                        break;
                    case "enum":
                        writer.WriteString("type", "string");
                        break;
                }

                writer.WriteEndObject();
                if (parameter.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True)
                {
                    required.Add(name);
                }
            }

            writer.WriteEndObject();
            writer.WriteStartArray("required");
            foreach (var name in required)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Hints the source computes at run time are kept as expressions in the dataset: treat them as not declared.
    private static ToolAnnotations Annotations(JsonElement hints)
    {
        if (hints.ValueKind != JsonValueKind.Object)
        {
            return ToolAnnotations.None;
        }

        bool? Hint(string name) => hints.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

        return new ToolAnnotations(Hint("readOnlyHint"), Hint("destructiveHint"), Hint("idempotentHint"), Hint("openWorldHint"));
    }
}
