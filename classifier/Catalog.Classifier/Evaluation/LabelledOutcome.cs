using Catalog.Classifier.Model;

namespace Catalog.Classifier.Evaluation;

/// <summary>One evaluated row: the hand-labelled tool and what the labeler said about it.</summary>
public sealed record LabelledOutcome(LabelledTool Tool, ToolLabels Predicted)
{
    public bool CategoryCorrect => Tool.Labels.Category == Predicted.Category;

    public bool RiskCorrect => Tool.Labels.Risk == Predicted.Risk;
}
