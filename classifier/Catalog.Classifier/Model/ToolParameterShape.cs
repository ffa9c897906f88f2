namespace Catalog.Classifier.Model;

/// <summary>
/// What the model sees of one input parameter: its name, its type and whether it is required.
/// Parameter descriptions are deliberately absent: the training set has none, so a crawled tool
/// must not be featurised with more than a dataset tool.
/// </summary>
/// <param name="Name">The parameter name as the schema gives it.</param>
/// <param name="Type">
/// The JSON Schema type (<c>string</c>, <c>integer</c>, ...), <c>enum</c> for a value list, <c>union</c>
/// for anyOf/oneOf, <c>any</c> when the schema says nothing, or a source type name.
/// </param>
/// <param name="Required">True when the schema lists it as required.</param>
public sealed record ToolParameterShape(string Name, string Type, bool Required);
