using Catalog.Classifier.Measures;
using Catalog.Classifier.Rules;
using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Classifier;

/// <summary>
/// Labels tools with the rules kept as data under Rules/*.json. Pure and thread-safe: the rule set
/// is built once and frozen, and each call only reads it.
/// </summary>
public sealed class RuleBasedClassifier : IToolClassifier
{
    private static readonly Lazy<RuleSet> DefaultRules = new(() => new RuleSetBuilder().AddEmbeddedDefaults().Build());

    private readonly RuleSet rules;

    public RuleBasedClassifier(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules;
    }

    /// <summary>A classifier over the embedded rule set, which is compiled once per process and shared.</summary>
    public static RuleBasedClassifier CreateDefault() => new(DefaultRules.Value);

    public string Version => rules.Version;

    public RuleSet Rules => rules;

    public ToolClassification Classify(ToolDefinition tool, ServerIdentity? server = null) =>
        Evaluate(tool, server).Classification with { DefinitionTokens = DefinitionTokens.Count(tool) };

    /// <summary>The full evidence for one tool: scores per category and flag, the rules that fired, and the rules' own label.</summary>
    /// <param name="tool">The tool to evaluate.</param>
    /// <param name="server">The server it belongs to, as context; may be null.</param>
    /// <param name="category">A category decided elsewhere (a model); flags and risk are then derived for it. Null lets the rules decide.</param>
    public RuleEvaluation Evaluate(ToolDefinition tool, ServerIdentity? server = null, ToolCategory? category = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return rules.Evaluate(rules.Extractor.Extract(tool, server), category);
    }
}
