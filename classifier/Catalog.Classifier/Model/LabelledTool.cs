namespace Catalog.Classifier.Model;

/// <summary>One hand-labelled tool of the training set: where it comes from, what the model sees, and its labels.</summary>
public sealed record LabelledTool
{
    /// <summary>The repository (<c>owner/name</c>) the tool is defined in; cross-validation groups by it.</summary>
    public required string Repo { get; init; }

    /// <summary>The source language of the definition; empty when the file does not say.</summary>
    public string Language { get; init; } = "";

    public required ModelToolInput Tool { get; init; }

    public required ToolLabels Labels { get; init; }

    /// <summary>The labeller's one-sentence ground for the label; empty when the file gives none.</summary>
    public string Reason { get; init; } = "";
}
