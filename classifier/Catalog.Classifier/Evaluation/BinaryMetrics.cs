namespace Catalog.Classifier.Evaluation;

/// <summary>Counts and figures of one yes/no label (a flag); precision, recall and F1 are 0 when undefined.</summary>
public sealed record BinaryMetrics(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Accuracy => Total == 0 ? 0 : (double)(TruePositives + TrueNegatives) / Total;

    public static BinaryMetrics From(IEnumerable<(bool Actual, bool Predicted)> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (actual, predicted) in outcomes)
        {
            switch (actual, predicted)
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (true, false): fn++; break;
                default: tn++; break;
            }
        }

        return new BinaryMetrics(tp, fp, fn, tn);
    }
}
