using Catalog.Domain.Tools;

namespace Catalog.Classifier.Model;

/// <summary>
/// The part of a tool the model featurises. Dataset rows and crawled <see cref="ToolDefinition"/>s
/// are both turned into this first (see <see cref="ModelToolInputs"/>), so both are featurised by the
/// same code. Every field is attacker-controlled text.
/// </summary>
public sealed record ModelToolInput
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The top-level parameters; empty when the tool takes none; <c>null</c> when the schema could not be read.</summary>
    public required IReadOnlyList<ToolParameterShape>? Parameters { get; init; }

    /// <summary>Declared hints only; a hint the source computes at run time counts as not declared.</summary>
    public ToolAnnotations Annotations { get; init; } = ToolAnnotations.None;

    /// <summary>The server's name or repository (<c>owner/name</c>), used only to recognise a product prefix in tool names; may be null.</summary>
    public string? ServerName { get; init; }
}
