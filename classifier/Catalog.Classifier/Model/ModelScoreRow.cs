using Microsoft.ML.Data;

namespace Catalog.Classifier.Model;

/// <summary>What the saved model's chain outputs for one row; the heads' scores are copied to these names after each head.</summary>
internal sealed class ModelScoreRow
{
    [ColumnName(ModelColumns.CategoryScores)]
    public float[] CategoryScores { get; set; } = [];

    [ColumnName(ModelColumns.RiskScores)]
    public float[] RiskScores { get; set; } = [];

    [ColumnName(ModelColumns.DestructiveProbability)]
    public float DestructiveProbability { get; set; }

    [ColumnName(ModelColumns.FinancialProbability)]
    public float FinancialProbability { get; set; }

    [ColumnName(ModelColumns.SensitiveProbability)]
    public float SensitiveProbability { get; set; }
}
