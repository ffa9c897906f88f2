namespace Catalog.Classifier.Tests.Specs;

/// <summary>The MCP hints a spec tool declares, if any.</summary>
public sealed class SpecAnnotations
{
    public bool? ReadOnlyHint { get; init; }
    public bool? DestructiveHint { get; init; }
}
