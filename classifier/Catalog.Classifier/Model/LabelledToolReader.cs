using System.Text.Json;
using Catalog.Domain.Classification;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Model;

/// <summary>
/// Reads the labelled-tool JSONL format of <c>shared/datasets/mcp-tools-train.jsonl</c>. A line that
/// is not a JSON object, lacks a required field or carries a label outside the rubric is skipped and
/// counted, never fatal: one bad row must not cost the other two thousand.
/// </summary>
public static class LabelledToolReader
{
    public static LabelledToolSet ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static LabelledToolSet Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tools = new List<LabelledTool>();
        var skipped = new List<int>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TryParse(line, out var tool))
            {
                tools.Add(tool);
            }
            else
            {
                skipped.Add(lineNumber);
            }
        }

        return new LabelledToolSet { Tools = tools, SkippedLines = skipped };
    }

    /// <summary>Parses one JSONL line; false (and no exception) for anything that is not a complete, valid row.</summary>
    public static bool TryParse(string line, out LabelledTool tool)
    {
        tool = null!;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !TryString(root, "repo", out var repo) || repo.Length == 0
                || !TryString(root, "tool_name", out var name) || name.Length == 0
                || !TryEnum<ToolCategory>(root, "category", out var category)
                || !TryEnum<RiskLevel>(root, "risk", out var risk)
                || !TryBool(root, "destructive", out var destructive)
                || !TryBool(root, "financial", out var financial)
                || !TryBool(root, "sensitive", out var sensitive)
                || !TryParameters(root, out var parameters))
            {
                return false;
            }

            tool = new LabelledTool
            {
                Repo = repo,
                Language = OptionalString(root, "language"),
                Tool = new ModelToolInput
                {
                    Name = name,
                    Description = OptionalString(root, "description"),
                    Parameters = parameters,
                    Annotations = ReadAnnotations(root),
                    ServerName = repo,
                },
                Labels = new ToolLabels
                {
                    Category = category,
                    Risk = risk,
                    Destructive = destructive,
                    Financial = financial,
                    Sensitive = sensitive,
                },
                Reason = OptionalString(root, "reason"),
            };
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            // Text that cannot be transcoded to UTF-8 (a lone surrogate) is as bad as broken JSON.
            return false;
        }
    }

    private static bool TryParameters(JsonElement root, out IReadOnlyList<ToolParameterShape>? parameters)
    {
        parameters = null;
        if (!root.TryGetProperty("params", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var shapes = new List<ToolParameterShape>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !TryString(item, "name", out var name))
            {
                return false;
            }

            var type = OptionalString(item, "type");
            var required = item.TryGetProperty("required", out var flag) && flag.ValueKind == JsonValueKind.True;
            shapes.Add(new ToolParameterShape(name, type.Length == 0 ? "any" : type, required));
        }

        parameters = shapes;
        return true;
    }

    /// <summary>Hints given as source expressions (<c>"!isReadOnly"</c>) are unknown until run time, so they count as not declared.</summary>
    private static ToolAnnotations ReadAnnotations(JsonElement root)
    {
        if (!root.TryGetProperty("annotations", out var hints) || hints.ValueKind != JsonValueKind.Object)
        {
            return ToolAnnotations.None;
        }

        return new ToolAnnotations(
            Hint(hints, "readOnlyHint"),
            Hint(hints, "destructiveHint"),
            Hint(hints, "idempotentHint"),
            Hint(hints, "openWorldHint"));
    }

    private static bool? Hint(JsonElement hints, string name) =>
        hints.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        } : null;

    private static bool TryString(JsonElement element, string name, out string value)
    {
        value = "";
        if (!element.TryGetProperty(name, out var property) || property.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = property.GetString() ?? "";
        return true;
    }

    private static string OptionalString(JsonElement element, string name) =>
        TryString(element, name, out var value) ? value : "";

    private static bool TryBool(JsonElement element, string name, out bool value)
    {
        value = false;
        if (!element.TryGetProperty(name, out var property))
        {
            return false;
        }

        switch (property.ValueKind)
        {
            case JsonValueKind.True:
                value = true;
                return true;
            case JsonValueKind.False:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Accepts only a member's name (any case): a number such as "7" is not a label, though Enum.TryParse would take it.</summary>
    private static bool TryEnum<TEnum>(JsonElement element, string name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (!TryString(element, name, out var text))
        {
            return false;
        }

        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }
}
