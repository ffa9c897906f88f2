namespace Catalog.Classifier.Model;

/// <summary>What a JSONL file of labelled tools held: the rows that read cleanly, and the lines that did not.</summary>
public sealed record LabelledToolSet
{
    public required IReadOnlyList<LabelledTool> Tools { get; init; }

    /// <summary>1-based numbers of the non-blank lines that were skipped (bad JSON, a missing field, an unknown label).</summary>
    public required IReadOnlyList<int> SkippedLines { get; init; }

    public int SkippedCount => SkippedLines.Count;
}
