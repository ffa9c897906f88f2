namespace Catalog.Classifier.Model;

/// <summary>
/// The choices behind a trained model. The defaults are the ones kept after grouped 5-fold
/// cross-validation (see data/models/MODEL-CARD.md); the others stay so a retrain can compare.
/// </summary>
public sealed record ModelTrainerOptions
{
    public LinearAlgorithm CategoryAlgorithm { get; init; } = LinearAlgorithm.Sdca;

    public LinearAlgorithm RiskAlgorithm { get; init; } = LinearAlgorithm.Sdca;

    public LinearAlgorithm FlagAlgorithm { get; init; } = LinearAlgorithm.Sdca;

    /// <summary>L2 regularisation of every head; null lets the learner pick its own default.</summary>
    public float? L2Regularization { get; init; }

    /// <summary>Weights rows by inverse class frequency so Execute (a tenth of the data) counts as much as Read for category and risk.</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>
    /// How far to even out the flags' rare positive rows (a twentieth of the data for destructive): each
    /// class is weighted by its inverse frequency to this power; 0 leaves them unweighted, 1 balances fully.
    /// </summary>
    public double FlagBalancePower { get; init; } = 1;

    /// <summary>Character n-gram length over names (0 turns them off).</summary>
    public int NameCharNgrams { get; init; }

    /// <summary>Character n-gram length over descriptions (0 turns them off).</summary>
    public int DescriptionCharNgrams { get; init; }

    /// <summary>Word n-gram length over names and descriptions.</summary>
    public int WordNgrams { get; init; } = 2;
}
