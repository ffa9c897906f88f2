namespace Catalog.Domain.Classification;

/// <summary>
/// One piece of evidence behind a label: the rule (or model) that fired and a sentence a reader
/// understands, naming what it cites, e.g. "The name starts with the verb 'delete'".
/// </summary>
public sealed record ClassificationReason(string RuleId, string Text);
