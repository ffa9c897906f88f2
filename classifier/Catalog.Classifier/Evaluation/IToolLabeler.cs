using Catalog.Classifier.Model;

namespace Catalog.Classifier.Evaluation;

/// <summary>
/// Anything that labels a dataset row: the rules alone, the model alone or their combination. The
/// evaluation harness only sees this, so all three are measured the same way on the same folds.
/// </summary>
public interface IToolLabeler
{
    /// <summary>Labels one tool; must not look at <see cref="LabelledTool.Labels"/> or <see cref="LabelledTool.Reason"/>.</summary>
    ToolLabels Label(LabelledTool tool);
}
