using System.Text.Json;

namespace Catalog.Cli.Evaluation;

/// <summary>One tool a labelled dataset says a repository defines: its name and its description as the dataset states it.</summary>
public sealed record ExpectedTool
{
    /// <summary>The repository as <c>owner/name</c>.</summary>
    public required string Repository { get; init; }

    public required string Name { get; init; }

    /// <summary>Whitespace already collapsed and cut at 600 characters by the dataset; empty when the dataset has none.</summary>
    public required string Description { get; init; }

    /// <summary>
    /// Reads the <c>repo</c>, <c>tool_name</c> and <c>description</c> members of each JSON line; other members are ignored.
    /// A line that is not such an object is counted in <paramref name="skipped"/> and passed over.
    /// </summary>
    public static IReadOnlyList<ExpectedTool> ReadJsonLines(string path, out int skipped)
    {
        ArgumentNullException.ThrowIfNull(path);
        var tools = new List<ExpectedTool>();
        skipped = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var tool = TryParse(line);
            if (tool is null)
            {
                skipped++;
            }
            else
            {
                tools.Add(tool);
            }
        }

        return tools;
    }

    private static ExpectedTool? TryParse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || String(root, "repo") is not { Length: > 0 } repository
                || String(root, "tool_name") is not { Length: > 0 } name)
            {
                return null;
            }

            return new ExpectedTool { Repository = repository, Name = name, Description = String(root, "description") ?? "" };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? String(JsonElement element, string member) =>
        element.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
