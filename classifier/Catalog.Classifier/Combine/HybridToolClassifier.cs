using Catalog.Classifier.Measures;
using Catalog.Classifier.Model;
using Catalog.Classifier.Rules;
using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Combine;

/// <summary>
/// The classifier Catalog uses: rules kept as data, combined with the ML.NET model. Confident rules
/// win; otherwise a <see cref="LearnedCombiner"/> weighs the rules' evidence (by kind) against the
/// model's probabilities, and the strongest category it supports well enough is chosen, as the rubric
/// takes a tool's strongest effect. The rules then derive flags and risk for that category so the
/// rubric always holds. Where rules and model disagree, confidence drops and a reason says so.
/// Without a combiner, a fixed blend of the rules' share of evidence and the model's probabilities decides.
/// </summary>
public sealed class HybridToolClassifier : IToolClassifier
{
    private readonly RuleBasedClassifier rules;
    private readonly ToolModel model;
    private readonly HybridOptions options;
    private readonly LearnedCombiner? combiner;

    public HybridToolClassifier(RuleBasedClassifier rules, ToolModel model, HybridOptions? options = null)
        : this(rules, model, combiner: null, options)
    {
    }

    /// <param name="rules">The rules.</param>
    /// <param name="model">The model.</param>
    /// <param name="combiner">Trained with the model's own training rows (never with the rows it will label); null for the fixed blend.</param>
    /// <param name="options">Weights of the fixed blend and the disagreement penalty.</param>
    public HybridToolClassifier(RuleBasedClassifier rules, ToolModel model, LearnedCombiner? combiner, HybridOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(model);
        this.rules = rules;
        this.model = model;
        this.combiner = combiner;
        this.options = options ?? HybridOptions.Default;
        Version = combiner is null ? $"hybrid-{rules.Version}-{model.Version}" : $"hybrid-{rules.Version}-{model.Version}-{combiner.Version}";
    }

    /// <summary>The embedded rules with the committed model and combiner.</summary>
    public static HybridToolClassifier CreateDefault() => new(RuleBasedClassifier.CreateDefault(), ToolModel.Default, LearnedCombiner.Default);

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
            return ruled with { Confidence = Round(confidence), Reasons = reasons, DefinitionTokens = DefinitionTokens.Count(tool), ClassifierVersion = Version };
        }

        var category = combiner is null ? Blend(evaluation.Scores, prediction, out var blended) : Combine(evaluation, prediction, out blended);
        var final = category == ruled.Category ? evaluation : rules.Evaluate(tool, server, category);
        var label = final.Classification;
        var modelReason = prediction.Category == category ? Agreement(prediction, category) : Disagreement(prediction, category);
        var decided = combiner is not null
            ? new ClassificationReason("combiner.decides", category == ruled.Category
                ? $"The rules alone were not confident; weighed against the model by a combiner learned from labelled tools ({combiner.Version}), {category} has probability {blended:0.00}."
                : $"The rules' evidence was not conclusive (they leaned {ruled.Category}); weighed against the model by a combiner learned from labelled tools ({combiner.Version}), {category} has probability {blended:0.00}.")
            : category == ruled.Category
                ? modelReason
                : new ClassificationReason("model.decides", $"The rules' evidence was not conclusive (they leaned {ruled.Category}); rules and model together favour {category}.");
        var blendedConfidence = blended * (prediction.Category == category ? 1 : 1 - options.DisagreementPenalty);
        return label with
        {
            Confidence = Round(Math.Min(label.Confidence, 0.95) * 0.3 + blendedConfidence * 0.7),
            Reasons = category == ruled.Category && combiner is null ? Append(label.Reasons, decided) : Append(Append(label.Reasons, decided), modelReason),
            DefinitionTokens = DefinitionTokens.Count(tool),
            ClassifierVersion = Version,
        };
    }

    /// <summary>
    /// The strongest category the combiner supports well enough: Execute over Write over Read, each
    /// needing <see cref="CategoryDecider.StrongerShare"/> of the most likely one's probability, the same
    /// test the rules apply to their own evidence (a tool takes its strongest plausible effect).
    /// </summary>
    private ToolCategory Combine(RuleEvaluation evaluation, ModelPrediction prediction, out double probability)
    {
        var probabilities = combiner!.Probabilities(evaluation, prediction);
        var bar = CategoryDecider.StrongerShare * probabilities.Max();
        foreach (var category in (ReadOnlySpan<ToolCategory>)[ToolCategory.Execute, ToolCategory.Write, ToolCategory.Read])
        {
            if (probabilities[(int)category] >= bar)
            {
                probability = probabilities[(int)category];
                return category;
            }
        }

        probability = probabilities[(int)ToolCategory.Read];
        return ToolCategory.Read;
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
