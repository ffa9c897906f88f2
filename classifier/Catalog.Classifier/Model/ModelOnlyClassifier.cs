using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Classifier.Model;

/// <summary>The model alone as a classifier, for measuring it beside the rules; its reasons only cite probabilities.</summary>
public sealed class ModelOnlyClassifier(ToolModel model) : IToolClassifier
{
    private readonly ToolModel model = model ?? throw new ArgumentNullException(nameof(model));

    public string Version => model.Version;

    public ToolClassification Classify(ToolDefinition tool, ServerIdentity? server = null)
    {
        var prediction = model.Predict(tool, server?.Name);
        var labels = prediction.ToLabels();
        return new ToolClassification
        {
            Category = labels.Category,
            Destructive = labels.Destructive,
            Financial = labels.Financial,
            Sensitive = labels.Sensitive,
            Risk = labels.Risk,
            Confidence = prediction.Probability(labels.Category),
            Reasons = [new ClassificationReason("model", $"The trained model rates {labels.Category} at {prediction.Probability(labels.Category):0.00}.")],
            ClassifierVersion = Version,
        };
    }
}
