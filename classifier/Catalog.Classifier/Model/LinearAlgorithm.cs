namespace Catalog.Classifier.Model;

/// <summary>The linear learners the trainer can use for a head; both give calibrated probabilities.</summary>
public enum LinearAlgorithm
{
    /// <summary>Stochastic dual coordinate ascent (maximum entropy / logistic regression).</summary>
    Sdca,

    /// <summary>L-BFGS maximum entropy / logistic regression.</summary>
    Lbfgs,
}
