using System.Globalization;
using System.Text;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Evaluation;

/// <summary>
/// Every figure the issue asks for, computed by our own code from (truth, prediction) pairs:
/// category confusion matrix with per-class precision/recall/F1 and macro-F1, risk exact and
/// within-one accuracy, and precision/recall/F1 per flag.
/// </summary>
public sealed record EvaluationReport
{
    public required string Title { get; init; }

    public required IReadOnlyList<LabelledOutcome> Outcomes { get; init; }

    public required ConfusionMatrix Category { get; init; }

    public required ConfusionMatrix Risk { get; init; }

    public required BinaryMetrics Destructive { get; init; }

    public required BinaryMetrics Financial { get; init; }

    public required BinaryMetrics Sensitive { get; init; }

    /// <summary>Per-fold figures when the report comes from cross-validation; empty otherwise.</summary>
    public IReadOnlyList<FoldResult> Folds { get; init; } = [];

    public int Count => Outcomes.Count;

    public double CategoryMacroF1 => Category.MacroF1;

    public double RiskExact => Risk.Accuracy;

    public double RiskWithinOne => Risk.AccuracyWithin(1);

    public static EvaluationReport Create(string title, IReadOnlyList<LabelledOutcome> outcomes, IReadOnlyList<FoldResult>? folds = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(outcomes);
        return new EvaluationReport
        {
            Title = title,
            Outcomes = outcomes,
            Category = ConfusionMatrix.From<ToolCategory>(outcomes.Select(o => (o.Tool.Labels.Category, o.Predicted.Category))),
            Risk = ConfusionMatrix.From<RiskLevel>(outcomes.Select(o => (o.Tool.Labels.Risk, o.Predicted.Risk))),
            Destructive = BinaryMetrics.From(outcomes.Select(o => (o.Tool.Labels.Destructive, o.Predicted.Destructive))),
            Financial = BinaryMetrics.From(outcomes.Select(o => (o.Tool.Labels.Financial, o.Predicted.Financial))),
            Sensitive = BinaryMetrics.From(outcomes.Select(o => (o.Tool.Labels.Sensitive, o.Predicted.Sensitive))),
            Folds = folds ?? [],
        };
    }

    /// <summary>A readable report; <paramref name="mistakes"/> &gt; 0 also lists that many category errors (name, truth, prediction).</summary>
    public string ToText(int mistakes = 0)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Title} ({Count} tools)");
        text.AppendLine();
        text.AppendLine("Category");
        text.Append(Category.ToText());
        text.AppendLine(CultureInfo.InvariantCulture, $"macro-F1 {Figure(CategoryMacroF1)}   accuracy {Figure(Category.Accuracy)}");
        text.AppendLine();
        text.AppendLine("Risk");
        text.Append(Risk.ToText());
        text.AppendLine(CultureInfo.InvariantCulture, $"exact {Figure(RiskExact)}   within one level {Figure(RiskWithinOne)}");
        text.AppendLine();
        text.AppendLine("Flags".PadRight(20) + "precision".PadLeft(11) + "recall".PadLeft(9) + "F1".PadLeft(9) + "support".PadLeft(10) + "predicted".PadLeft(11));
        AppendFlag(text, "destructive", Destructive);
        AppendFlag(text, "financial", Financial);
        AppendFlag(text, "sensitive", Sensitive);
        if (Folds.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Folds".PadRight(8) + "repos".PadLeft(7) + "train".PadLeft(8) + "test".PadLeft(7) + "macro-F1".PadLeft(10) + "risk".PadLeft(8));
            foreach (var fold in Folds)
            {
                text.Append(fold.Index.ToString(CultureInfo.InvariantCulture).PadRight(8))
                    .Append(fold.Repositories.ToString(CultureInfo.InvariantCulture).PadLeft(7))
                    .Append(fold.TrainCount.ToString(CultureInfo.InvariantCulture).PadLeft(8))
                    .Append(fold.TestCount.ToString(CultureInfo.InvariantCulture).PadLeft(7))
                    .Append(Figure(fold.CategoryMacroF1).PadLeft(10))
                    .Append(Figure(fold.RiskExact).PadLeft(8))
                    .AppendLine();
            }
        }

        AppendMistakes(text, mistakes);
        return text.ToString();
    }

    private void AppendMistakes(StringBuilder text, int mistakes)
    {
        if (mistakes <= 0)
        {
            return;
        }

        var wrong = Outcomes.Where(o => !o.CategoryCorrect).Take(mistakes).ToList();
        if (wrong.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine("Category mistakes (repository, tool: truth -> predicted)");
        foreach (var outcome in wrong)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {outcome.Tool.Repo}, {outcome.Tool.Tool.Name}: {outcome.Tool.Labels.Category} -> {outcome.Predicted.Category}");
        }
    }

    private static void AppendFlag(StringBuilder text, string name, BinaryMetrics metrics) =>
        text.Append(name.PadRight(20))
            .Append(Figure(metrics.Precision).PadLeft(11))
            .Append(Figure(metrics.Recall).PadLeft(9))
            .Append(Figure(metrics.F1).PadLeft(9))
            .Append(metrics.Support.ToString(CultureInfo.InvariantCulture).PadLeft(10))
            .Append((metrics.TruePositives + metrics.FalsePositives).ToString(CultureInfo.InvariantCulture).PadLeft(11))
            .AppendLine();

    private static string Figure(double value) => ConfusionMatrix.Figure(value);
}
