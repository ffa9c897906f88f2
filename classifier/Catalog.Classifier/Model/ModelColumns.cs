namespace Catalog.Classifier.Model;

/// <summary>Column names inside the saved model; they are part of its format.</summary>
internal static class ModelColumns
{
    public const string Features = "Features";
    public const string CategoryScores = "CategoryScores";
    public const string RiskScores = "RiskScores";
    public const string DestructiveProbability = "DestructiveProbability";
    public const string FinancialProbability = "FinancialProbability";
    public const string SensitiveProbability = "SensitiveProbability";
}
