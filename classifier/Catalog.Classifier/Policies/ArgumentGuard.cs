namespace Catalog.Classifier.Policies;

/// <summary>Refuse a call whose free-form <see cref="Parameter"/> matches <see cref="Pattern"/>.</summary>
internal sealed record ArgumentGuard(string Parameter, DestructivePattern Pattern)
{
    public string Path => "args." + Parameter;

    public string OnDeny => $"Refused: `{Parameter}` contains {Pattern.Label}.";
}
