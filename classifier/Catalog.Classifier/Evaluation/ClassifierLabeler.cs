using Catalog.Classifier.Model;
using Catalog.Domain.Classification;
using Catalog.Domain.Servers;

namespace Catalog.Classifier.Evaluation;

/// <summary>Any <see cref="IToolClassifier"/> as a labeler, so the rules, the model and their combination are measured alike.</summary>
public sealed class ClassifierLabeler(IToolClassifier classifier) : IToolLabeler
{
    private readonly IToolClassifier classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));

    public ToolLabels Label(LabelledTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var server = new ServerIdentity { Slug = tool.Repo, Name = tool.Repo, Repository = tool.Repo };
        return ToolLabels.From(classifier.Classify(ModelToolInputs.ToDefinition(tool), server));
    }
}
