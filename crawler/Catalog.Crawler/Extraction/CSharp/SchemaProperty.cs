namespace Catalog.Crawler.Extraction.CSharp;

/// <summary>
/// One property of a tool's input schema as read from source. <see cref="Type"/> is a JSON Schema type
/// name, or null when the source type could not be mapped (the property then accepts anything).
/// </summary>
internal sealed record SchemaProperty(string Name, string? Type)
{
    public string? Description { get; init; }

    public bool Required { get; init; }

    /// <summary>The schema of an array's elements, when known.</summary>
    public SchemaProperty? Items { get; init; }

    /// <summary>The allowed values of a string (enum) property, when the source lists them.</summary>
    public IReadOnlyList<string>? Enum { get; init; }
}
