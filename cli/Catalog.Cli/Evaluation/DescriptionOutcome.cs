namespace Catalog.Cli.Evaluation;

/// <summary>How an extracted description compares with the labelled one, once both are normalised.</summary>
public enum DescriptionOutcome
{
    /// <summary>The same text.</summary>
    Exact,

    /// <summary>Different, but the labelled text holds run-time parts (<c>${...}</c>, <c>{...}</c>) and matches once they stand for any text.</summary>
    Placeholder,

    /// <summary>Different text.</summary>
    Different,
}
