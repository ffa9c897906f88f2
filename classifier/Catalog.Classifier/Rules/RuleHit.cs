using Catalog.Domain.Classification;

namespace Catalog.Classifier.Rules;

/// <summary>
/// A rule that fired for a tool: its id, the family file it comes from, the category it voted for
/// (null for rules that only set flags or a risk floor), its weight and the sentence it produced.
/// </summary>
public sealed record RuleHit(string RuleId, string Family, ToolCategory? Category, double Weight, double Strength, string Reason);
