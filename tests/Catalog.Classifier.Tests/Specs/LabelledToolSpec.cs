using System.Text.Json;

namespace Catalog.Classifier.Tests.Specs;

/// <summary>Loads <c>Specs/labelled-tools.json</c>, copied beside the test assembly.</summary>
public static class LabelledToolSpec
{
    private static readonly Lazy<IReadOnlyDictionary<string, SpecTool>> Tools = new(Load);

    public static IReadOnlyDictionary<string, SpecTool> All => Tools.Value;

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            names.Add(name);
        }

        return names;
    }

    private static IReadOnlyDictionary<string, SpecTool> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "labelled-tools.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var tools = JsonSerializer.Deserialize<List<SpecTool>>(File.ReadAllText(path), options)
            ?? throw new InvalidDataException($"{path} is empty.");
        return tools.ToDictionary(tool => tool.Name, StringComparer.Ordinal);
    }
}
