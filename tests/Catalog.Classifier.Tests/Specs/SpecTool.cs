using System.Text.Json;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Tests.Specs;

/// <summary>One invented tool of <c>labelled-tools.json</c> and the label the rubric gives it.</summary>
public sealed class SpecTool
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Parameter name to JSON Schema type, for the common case.</summary>
    public Dictionary<string, string>? Parameters { get; init; }

    /// <summary>A full schema, where the parameters need more than a type (an action enum).</summary>
    public JsonElement? Schema { get; init; }

    public SpecAnnotations? Annotations { get; init; }
    public string? Server { get; init; }
    public required SpecLabel Expect { get; init; }
    public string Why { get; init; } = "";

    public ToolDefinition ToDefinition() => new()
    {
        Name = Name,
        Description = Description,
        InputSchema = Schema is { } schema ? schema.GetRawText() : SchemaText(),
        Annotations = Annotations is null ? ToolAnnotations.None : new ToolAnnotations(Annotations.ReadOnlyHint, Annotations.DestructiveHint),
        Location = new SourceLocation("spec/tools.ts", 1),
        Method = ExtractionMethods.TsRegisterTool,
    };

    public ServerIdentity? ToServer() => Server is null
        ? null
        : new ServerIdentity { Slug = Server.Replace('/', '-'), Name = Server, Repository = Server };

    private string SchemaText()
    {
        var properties = (Parameters ?? []).ToDictionary(pair => pair.Key, pair => new Dictionary<string, string> { ["type"] = pair.Value });
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["type"] = "object", ["properties"] = properties });
    }
}
