using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalog.Testing;

/// <summary>One line of <c>data/samples/expected-tools.json</c>: a sample tool and the labels a careful reader gives it.</summary>
public sealed record ExpectedSampleTool
{
    public required string Repository { get; init; }
    public required string Subfolder { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Path { get; init; }
    public required int Line { get; init; }
    public required string Category { get; init; }
    public required string Risk { get; init; }
    public required bool Destructive { get; init; }
    public required bool Financial { get; init; }
    public required bool Sensitive { get; init; }
    public IReadOnlyList<string> Params { get; init; } = [];
    public Dictionary<string, bool>? Annotations { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static IReadOnlyList<ExpectedSampleTool> LoadAll()
    {
        var path = System.IO.Path.Combine(RepositoryPaths.Samples, "expected-tools.json");
        return JsonSerializer.Deserialize<List<ExpectedSampleTool>>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path} holds no list.");
    }
}
