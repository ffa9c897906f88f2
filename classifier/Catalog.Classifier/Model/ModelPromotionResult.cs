using Catalog.Classifier.Evaluation;

namespace Catalog.Classifier.Model;

/// <summary>What a promotion run produced: the model written, its cross-validated figures and the model card text.</summary>
public sealed record ModelPromotionResult
{
    public required ToolModel Model { get; init; }

    public required EvaluationReport CrossValidation { get; init; }

    public required string ModelCard { get; init; }

    public required long ModelBytes { get; init; }

    /// <summary>Wall time of the final training on all rows.</summary>
    public required TimeSpan TrainingTime { get; init; }

    /// <summary>Wall time of the whole cross-validation (one training per fold).</summary>
    public required TimeSpan CrossValidationTime { get; init; }
}
