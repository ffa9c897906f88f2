using Catalog.Classifier.Evaluation;

namespace Catalog.Classifier.Model;

/// <summary>The model alone as a labeler: its most likely category, the most likely risk that category allows, flags at 0.5.</summary>
public sealed class ModelLabeler(ToolModel model) : IToolLabeler
{
    private readonly ToolModel model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>A factory for <see cref="GroupedCrossValidation.Run"/> that trains a fresh model on each fold's rows.</summary>
    public static Func<IReadOnlyList<LabelledTool>, IToolLabeler> Trained(ModelTrainerOptions? options = null, int seed = ModelTrainer.DefaultSeed) =>
        train => new ModelLabeler(new ModelTrainer(options).Train(train, seed));

    public ToolLabels Label(LabelledTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return model.Predict(tool.Tool).ToLabels();
    }
}
