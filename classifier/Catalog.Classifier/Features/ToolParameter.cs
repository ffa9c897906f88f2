namespace Catalog.Classifier.Features;

/// <summary>
/// One top-level input parameter read from a tool's JSON Schema. <see cref="Type"/> is the JSON
/// Schema type ("string", "integer", ...), "enum" when only a value list is given, or empty when
/// the schema does not say.
/// </summary>
public sealed record ToolParameter
{
    public required string Name { get; init; }

    public required string Type { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The allowed values when the schema lists them (capped), e.g. an <c>action</c> parameter's operations.</summary>
    public IReadOnlyList<string> EnumValues { get; init; } = [];

    public bool Required { get; init; }

    /// <summary>Stems of the words in <see cref="Name"/>, e.g. <c>shell_command</c> gives shell, command.</summary>
    public required IReadOnlyList<string> NameStems { get; init; }

    /// <summary>The name lower-cased with separators removed, e.g. <c>command_line</c> gives <c>commandline</c>.</summary>
    public required string CompactName { get; init; }
}
