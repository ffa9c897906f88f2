using Catalog.Classifier.Model;
using Catalog.Classifier.Rules;
using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Combine;

/// <summary>
/// The classifier Catalog uses: rules kept as data, combined with the ML.NET model. Confident rules
/// win; otherwise the model's probabilities and the rules' evidence are blended to pick the category,
/// and the rules then derive flags and risk for that category so the rubric always holds. Where rules
/// and model disagree, confidence drops and a reason says so.
/// </summary>
public sealed class HybridToolClassifier : IToolClassifier
{
    private readonly RuleBasedClassifier rules;
    private readonly ToolModel model;
    private readonly HybridOptions options;

    public HybridToolClassifier(RuleBasedClassifier rules, ToolModel model, HybridOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(model);
        this.rules = rules;
        this.model = model;
        this.options = options ?? HybridOptions.Default;
        Version = $"hybrid-{rules.Version}-{model.Version}";
    }

    /// <summary>The embedded rules with the committed model.</summary>
    public static HybridToolClassifier CreateDefault() => new(RuleBasedClassifier.CreateDefault(), ToolModel.Default);

    public string Version { get; }

    public ToolClassification Classify(ToolDefinition tool, ServerIdentity? server = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var evaluation = rules.Evaluate(tool, server);
        var prediction = model.Predict(tool, server?.Name);
        var ruled = evaluation.Classification;

        if (evaluation.IsConfident)
        {
            var agrees = prediction.Category == ruled.Category;
            var confidence = agrees
                ? Math.Max(ruled.Confidence, Math.Min(0.98, (ruled.Confidence + prediction.Probability(ruled.Category)) / 2 + 0.1))
                : ruled.Confidence - options.DisagreementPenalty;
            var reasons = agrees
                ? Append(ruled.Reasons, Agreement(prediction, ruled.Category))
                : Append(ruled.Reasons, Disagreement(prediction, ruled.Category));
            return ruled with { Confidence = Round(confidence), Reasons = reasons, ClassifierVersion = Version };
        }

        var category = Blend(evaluation.Scores, prediction, out var blended);
        var final = category == ruled.Category ? evaluation : rules.Evaluate(tool, server, category);
        var label = final.Classification;
        var modelReason = prediction.Category == category ? Agreement(prediction, category) : Disagreement(prediction, category);
        var decided = category == ruled.Category
            ? modelReason
            : new ClassificationReason("model.decides", $"The rules' evidence was not conclusive (they leaned {ruled.Category}); rules and model together favour {category}.");
        var blendedConfidence = blended * (prediction.Category == category ? 1 : 1 - options.DisagreementPenalty);
        return label with
        {
            Confidence = Round(Math.Min(label.Confidence, 0.95) * 0.3 + blendedConfidence * 0.7),
            Reasons = category == ruled.Category ? Append(label.Reasons, decided) : Append(Append(label.Reasons, decided), modelReason),
            ClassifierVersion = Version,
        };
    }

    /// <summary>
    /// The category with the highest blend of the model's probability and the rules' share of evidence.
    /// With no rule evidence at all the model alone decides.
    /// </summary>
    private ToolCategory Blend(CategoryScores scores, ModelPrediction prediction, out double best)
    {
        var total = scores.Total;
        var ruleWeight = total <= 0 ? 0 : options.RuleWeight;
        var chosen = ToolCategory.Read;
        best = double.MinValue;
        foreach (var category in (ReadOnlySpan<ToolCategory>)[ToolCategory.Execute, ToolCategory.Write, ToolCategory.Read])
        {
            var share = total <= 0 ? 0 : scores[category] / total;
            var value = (1 - ruleWeight) * prediction.Probability(category) + ruleWeight * share;
            if (value > best + 1e-9)
            {
                best = value;
                chosen = category;
            }
        }

        return chosen;
    }

    private ClassificationReason Agreement(ModelPrediction prediction, ToolCategory category) =>
        new("model.agrees", $"The trained model ({model.Version}) agrees: {category} with probability {prediction.Probability(category):0.00}.");

    private ClassificationReason Disagreement(ModelPrediction prediction, ToolCategory category) =>
        new("model.disagrees", $"The trained model ({model.Version}) leans {prediction.Category} (probability {prediction.Probability(prediction.Category):0.00}) rather than {category}, so confidence is lower.");

    private static IReadOnlyList<ClassificationReason> Append(IReadOnlyList<ClassificationReason> reasons, ClassificationReason reason) => [.. reasons, reason];

    private static double Round(double value) => Math.Round(Math.Clamp(value, 0.05, 0.98), 2);
}
