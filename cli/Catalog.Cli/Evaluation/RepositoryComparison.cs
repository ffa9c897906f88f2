namespace Catalog.Cli.Evaluation;

/// <summary>The extracted tools of one repository held against the labelled ones, by exact tool name.</summary>
public sealed record RepositoryComparison
{
    public required string Repository { get; init; }
    public required int ExpectedCount { get; init; }
    public required int FoundCount { get; init; }

    /// <summary>Names both lists hold.</summary>
    public required int MatchedCount { get; init; }

    /// <summary>Matched tools whose description is exactly the labelled one.</summary>
    public required int ExactDescriptions { get; init; }

    /// <summary>Matched tools whose labelled description holds run-time parts and matches once they stand for any text.</summary>
    public required int PlaceholderDescriptions { get; init; }

    /// <summary>Labelled names the extraction did not find, in ordinal order.</summary>
    public required IReadOnlyList<string> Missed { get; init; }

    /// <summary>Found names the labelled dataset does not list, in ordinal order.</summary>
    public required IReadOnlyList<ExtraTool> Extra { get; init; }

    public required IReadOnlyList<DescriptionMismatch> DifferentDescriptions { get; init; }
}
