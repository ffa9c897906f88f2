using Catalog.Domain.Classification;
using Catalog.Domain.Tools;

namespace Catalog.Domain.Catalog;

/// <summary>A tool as the catalogue shows it: its current definition, its label and its history.</summary>
public sealed record CatalogTool
{
    public required ToolDefinition Definition { get; init; }

    /// <summary>Null until the classify stage has labelled the current definition.</summary>
    public ToolClassification? Classification { get; init; }

    /// <summary>Every stored version of the definition, oldest first; the last one is <see cref="Definition"/>.</summary>
    public IReadOnlyList<ToolVersionInfo> History { get; init; } = [];

    public string Name => Definition.Name;
}
