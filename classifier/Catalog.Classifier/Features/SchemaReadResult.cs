namespace Catalog.Classifier.Features;

/// <summary>The parameters found in an input schema; <see cref="Readable"/> is false when the schema was not valid JSON or not an object.</summary>
public sealed record SchemaReadResult(IReadOnlyList<ToolParameter> Parameters, bool Readable)
{
    public static SchemaReadResult Unreadable { get; } = new([], false);
}
