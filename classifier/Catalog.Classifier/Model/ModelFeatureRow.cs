namespace Catalog.Classifier.Model;

/// <summary>
/// One tool as texts for ML.NET's text featurisers. Each text is built by <see cref="ToolFeaturizer"/>;
/// the column names are part of the saved model's schema, so renaming one breaks the committed model.
/// </summary>
internal class ModelFeatureRow
{
    /// <summary>Words of the tool name, a recognised product prefix set aside.</summary>
    public string NameText { get; set; } = "";

    /// <summary>The description's words, stemmed, cut to the length the training data has.</summary>
    public string DescriptionText { get; set; } = "";

    /// <summary>Words of the parameter names and their compact names.</summary>
    public string ParameterText { get; set; } = "";

    /// <summary>Categorical tokens: hints, parameter types, verbs, free-form code parameters.</summary>
    public string SignalText { get; set; } = "";
}
