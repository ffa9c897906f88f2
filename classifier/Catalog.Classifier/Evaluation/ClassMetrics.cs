namespace Catalog.Classifier.Evaluation;

/// <summary>Precision, recall and F1 of one class; each is 0 when its denominator is 0.</summary>
/// <param name="Name">The class name.</param>
/// <param name="TruePositives">Rows of this class predicted as this class.</param>
/// <param name="Predicted">Rows predicted as this class.</param>
/// <param name="Support">Rows whose true class is this class.</param>
public sealed record ClassMetrics(string Name, int TruePositives, int Predicted, int Support)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
