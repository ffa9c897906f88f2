using Catalog.Classifier.Model;

namespace Catalog.Classifier.Evaluation;

/// <summary>Measures one labeler on a fixed set of labelled tools (<c>catalog eval --data F.jsonl</c>).</summary>
public static class LabelerEvaluation
{
    public static EvaluationReport Evaluate(IToolLabeler labeler, IReadOnlyList<LabelledTool> tools, string title = "Evaluation")
    {
        ArgumentNullException.ThrowIfNull(labeler);
        ArgumentNullException.ThrowIfNull(tools);
        return EvaluationReport.Create(title, Label(labeler, tools));
    }

    internal static List<LabelledOutcome> Label(IToolLabeler labeler, IEnumerable<LabelledTool> tools) =>
        tools.Select(tool => new LabelledOutcome(tool, labeler.Label(tool))).ToList();
}
