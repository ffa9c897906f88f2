using System.Collections.Frozen;
using Catalog.Classifier.Combine;
using Catalog.Classifier.Features;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Rules;

/// <summary>
/// The rules, compiled and frozen by <see cref="RuleSetBuilder"/>. Immutable, so one instance is
/// shared by every thread. Evaluation runs in two passes: rules that vote on the category, then,
/// once it is decided, rules that depend on it (flags and risk floors such as "a Read of messages is sensitive").
/// </summary>
public sealed class RuleSet
{
    private const int MaxReasons = 6;

    /// <summary>A name verb that is as often a noun ("order", "status") counts for this share of a plain verb.</summary>
    private const double NounLikeVerbFactor = 0.4;

    private readonly CompiledRule[] firstPass;
    private readonly CompiledRule[] secondPass;
    private readonly FrozenSet<string> nameVerbs;
    private readonly FrozenSet<string> nounLikeVerbs;
    private readonly FrozenSet<string> descriptionVerbs;

    internal RuleSet(string version, IReadOnlyList<CompiledRule> rules, Vocabulary vocabulary, IEnumerable<string> nameVerbs, IEnumerable<string> nounLikeVerbs, IEnumerable<string> descriptionVerbs, IEnumerable<string> productPrefixes)
    {
        Version = version;
        Vocabulary = vocabulary;
        firstPass = rules.Where(rule => !rule.IsSecondPass).ToArray();
        secondPass = rules.Where(rule => rule.IsSecondPass).ToArray();
        this.nameVerbs = nameVerbs.ToFrozenSet(StringComparer.Ordinal);
        this.nounLikeVerbs = nounLikeVerbs.ToFrozenSet(StringComparer.Ordinal);
        this.descriptionVerbs = descriptionVerbs.ToFrozenSet(StringComparer.Ordinal);
        Extractor = new ToolFeatureExtractor(this.nameVerbs, productPrefixes);
        RuleIds = rules.Select(rule => rule.Id).ToArray();
    }

    /// <summary><c>rules-</c> and a short hash of the rule files: any change to a rule changes it.</summary>
    public string Version { get; }

    public IReadOnlyList<string> RuleIds { get; }

    public ToolFeatureExtractor Extractor { get; }

    internal Vocabulary Vocabulary { get; }

    internal bool IsNameVerb(string stem) => nameVerbs.Contains(stem);

    internal bool IsNounLikeVerb(string stem) => nounLikeVerbs.Contains(stem);

    internal bool IsDescriptionVerb(string stem) => descriptionVerbs.Contains(stem);

    /// <param name="features">The tool, as <see cref="Extractor"/> read it.</param>
    /// <param name="category">A category decided elsewhere (by a model); null lets the rules decide. Flags and risk follow it either way.</param>
    public RuleEvaluation Evaluate(ToolFeatures features, ToolCategory? category = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        var context = new EvaluationContext(features, this);
        var fired = new List<(CompiledRule Rule, Citations Cite)>();
        double read = 0, write = 0, execute = 0, destructive = 0, financial = 0, sensitive = 0;
        var groups = new double[EvidenceGroups.Count * 3];

        foreach (var rule in firstPass)
        {
            if (rule.Fires(context, out var cite))
            {
                fired.Add((rule, cite));
                var weight = rule.Weight * (rule.When.NameVerb is not null && context.NameVerbIsNounLike ? NounLikeVerbFactor : 1);
                switch (rule.Category)
                {
                    case ToolCategory.Read: read += weight; break;
                    case ToolCategory.Write: write += weight; break;
                    case ToolCategory.Execute: execute += weight; break;
                }

                if (rule.Category is { } voted)
                {
                    groups[(int)rule.Group * 3 + (int)voted] += weight;
                }

                destructive += rule.Destructive;
                financial += rule.Financial;
                sensitive += rule.Sensitive;
            }
        }

        var scores = new CategoryScores(Math.Max(0, read), Math.Max(0, write), Math.Max(0, execute));
        var thin = category is null && CategoryDecider.IsThin(scores);
        var decided = category ?? CategoryDecider.Decide(scores);

        context.Category = decided;
        context.Destructive = decided != ToolCategory.Read && destructive >= 1;
        context.Financial = financial >= 1;
        context.Sensitive = sensitive >= 1;
        var firstPassCount = fired.Count;
        foreach (var rule in secondPass)
        {
            if (rule.Fires(context, out var cite))
            {
                fired.Add((rule, cite));
                destructive += rule.Destructive;
                financial += rule.Financial;
                sensitive += rule.Sensitive;
            }
        }

        var isDestructive = decided != ToolCategory.Read && destructive >= 1;
        var isFinancial = financial >= 1;
        var isSensitive = sensitive >= 1;
        RiskLevel? floor = null;
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rule, _) in fired)
        {
            if (!Applies(rule, decided))
            {
                continue;
            }

            if (rule.RiskFloor is { } ruleFloor && (floor is null || ruleFloor > floor))
            {
                floor = ruleFloor;
            }

            tags.UnionWith(rule.Tags);
        }

        var risk = RiskAssessor.Assess(decided, isDestructive, isSensitive, floor);
        var contradiction = Contradiction(features, decided, isDestructive);
        var confidence = ConfidenceEstimator.Estimate(scores, decided, thin, contradiction is not null, !features.SchemaReadable);

        var hits = new List<RuleHit>(fired.Count);
        var supporting = new List<RuleHit>();
        for (var i = 0; i < fired.Count; i++)
        {
            var (rule, cite) = fired[i];
            var hit = new RuleHit(rule.Id, rule.Family, rule.Category, rule.Weight, rule.Strength, rule.Explain(cite, context));
            hits.Add(hit);
            if (Supports(rule, decided, isDestructive, isFinancial, isSensitive, i >= firstPassCount))
            {
                supporting.Add(hit);
            }
        }

        hits.Sort(ByStrength);
        supporting.Sort(ByStrength);
        var classification = new ToolClassification
        {
            Category = decided,
            Destructive = isDestructive,
            Financial = isFinancial,
            Sensitive = isSensitive,
            Risk = risk,
            Confidence = confidence,
            Reasons = Reasons(supporting, features, thin, contradiction),
            Tags = tags.Order(StringComparer.Ordinal).ToArray(),
            ClassifierVersion = Version,
        };

        return new RuleEvaluation
        {
            Scores = scores,
            GroupScores = GroupScores(groups),
            DestructiveScore = destructive,
            FinancialScore = financial,
            SensitiveScore = sensitive,
            RiskFloor = floor,
            Hits = hits,
            Tags = tags,
            SchemaReadable = features.SchemaReadable,
            IsConfident = confidence >= ConfidenceEstimator.ConfidentAt,
            Classification = classification,
        };
    }

    private static CategoryScores[] GroupScores(double[] groups)
    {
        var scores = new CategoryScores[EvidenceGroups.Count];
        for (var group = 0; group < scores.Length; group++)
        {
            scores[group] = new CategoryScores(Math.Max(0, groups[group * 3]), Math.Max(0, groups[group * 3 + 1]), Math.Max(0, groups[group * 3 + 2]));
        }

        return scores;
    }

    // A floor or tag from a rule that voted for a category counts only when that category (or a
    // stronger one) was chosen: "send" raises messaging risk for a write, not for a read about sends.
    private static bool Applies(CompiledRule rule, ToolCategory decided) => rule.Category is not { } voted || decided >= voted;

    private static bool Supports(CompiledRule rule, ToolCategory decided, bool destructive, bool financial, bool sensitive, bool secondPass)
    {
        if (rule.Category is { } voted)
        {
            return voted == decided && rule.Weight > 0 || voted < decided && rule.RiskFloor is not null && Applies(rule, decided);
        }

        return secondPass
            || rule.RiskFloor is not null
            || rule.Destructive > 0 && destructive || rule.Destructive < 0 && !destructive && decided != ToolCategory.Read
            || rule.Financial > 0 && financial
            || rule.Sensitive > 0 && sensitive;
    }

    private static int ByStrength(RuleHit left, RuleHit right) => right.Strength.CompareTo(left.Strength);

    private static string? Contradiction(ToolFeatures features, ToolCategory category, bool destructive)
    {
        var hints = features.Annotations;
        if (hints.ReadOnlyHint == true && category != ToolCategory.Read)
        {
            return $"The server declares readOnlyHint: true, but the name and description point to {Article(category)} {category} tool; the hint was outweighed, so confidence is lower";
        }

        if (hints.ReadOnlyHint == false && category == ToolCategory.Read && hints.DestructiveHint != false)
        {
            return "The server declares readOnlyHint: false, but nothing in the name or description shows a change; confidence is lower";
        }

        if (hints.DestructiveHint == false && destructive)
        {
            return "The server declares destructiveHint: false, but the name or description shows a deletion or overwrite; confidence is lower";
        }

        return null;
    }

    private static string Article(ToolCategory category) => category == ToolCategory.Execute ? "an" : "a";

    private static List<ClassificationReason> Reasons(List<RuleHit> supporting, ToolFeatures features, bool thin, string? contradiction)
    {
        var notes = new List<ClassificationReason>();
        if (thin)
        {
            notes.Add(new ClassificationReason("evidence.thin", "The evidence was thin: nothing in the name, description or parameters showed a clear action, so the tool is labelled Read with low confidence"));
        }

        if (contradiction is not null)
        {
            notes.Add(new ClassificationReason("annotations.contradiction", contradiction));
        }

        if (!features.SchemaReadable)
        {
            notes.Add(new ClassificationReason("schema.unreadable", "The input schema is not valid JSON, so the tool was treated as taking no parameters"));
        }

        if (features.DescriptionStems.Count == 0)
        {
            notes.Add(new ClassificationReason("description.empty", "The tool has no description, so only its name and parameters were read"));
        }
        else if (features.DescriptionTruncated)
        {
            notes.Add(new ClassificationReason("description.truncated", $"The description is very long; only its first {ToolFeatureExtractor.MaxDescriptionLength:N0} characters were read"));
        }

        var reasons = new List<ClassificationReason>(MaxReasons);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var room = Math.Max(1, MaxReasons - notes.Count);
        foreach (var hit in supporting)
        {
            if (reasons.Count == room)
            {
                break;
            }

            if (seen.Add(hit.Reason))
            {
                reasons.Add(new ClassificationReason(hit.RuleId, hit.Reason));
            }
        }

        reasons.AddRange(notes.Take(MaxReasons - reasons.Count));
        return reasons;
    }
}
