namespace Catalog.Classifier.Evaluation;

/// <summary>The size and headline figures of one cross-validation fold, to show how much the folds vary.</summary>
/// <param name="Index">0-based fold number.</param>
/// <param name="Repositories">Repositories held out in this fold.</param>
/// <param name="TrainCount">Rows the labeler was built from.</param>
/// <param name="TestCount">Rows it labelled.</param>
/// <param name="CategoryMacroF1">Category macro-F1 on the held-out rows.</param>
/// <param name="RiskExact">Exact risk accuracy on the held-out rows.</param>
public sealed record FoldResult(int Index, int Repositories, int TrainCount, int TestCount, double CategoryMacroF1, double RiskExact);
