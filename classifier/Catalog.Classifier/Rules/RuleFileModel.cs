namespace Catalog.Classifier.Rules;

// The shape of the rule files under Rules/*.json, read once by RuleSetBuilder. Unknown members are
// rejected (see RuleJsonContext) so a typo in a rule file fails the build of the rule set, not silently.

internal sealed class RuleFileModel
{
    public string? Family { get; set; }

    /// <summary>Product or server names that, leading a tool name, are set aside as a prefix.</summary>
    public List<string>? ProductPrefixes { get; set; }

    /// <summary>Verbs that are as often nouns ("status", "order"): a name's action verb is one of these only when no other verb follows.</summary>
    public List<string>? NounLikeVerbs { get; set; }

    public List<RuleModel>? Rules { get; set; }
}

internal sealed class RuleModel
{
    public string? Id { get; set; }
    public ConditionModel? When { get; set; }

    /// <summary>The rule does not fire when any one of these conditions holds.</summary>
    public ConditionModel? Unless { get; set; }

    public EffectModel? Effect { get; set; }
    public string? Reason { get; set; }
}

internal sealed class ConditionModel
{
    public List<string>? NameVerb { get; set; }
    public List<string>? NameToken { get; set; }
    public List<string>? NamePhrase { get; set; }

    /// <summary>The thing the name acts on: its last word that is not the action verb ("delete_project" gives project).</summary>
    public List<string>? NameObject { get; set; }
    public List<string>? DescriptionVerb { get; set; }
    public List<string>? DescriptionWord { get; set; }
    public List<string>? DescriptionPhrase { get; set; }
    public List<string>? DescriptionRegex { get; set; }
    public List<string>? Word { get; set; }
    public List<string>? ActionVerb { get; set; }
    public List<string>? Server { get; set; }
    public ParameterConditionModel? Parameter { get; set; }
    public AnnotationConditionModel? Annotation { get; set; }
    public bool? NoNameVerb { get; set; }
    public bool? NoParameters { get; set; }

    /// <summary>Only in rules evaluated after the category is decided.</summary>
    public List<string>? Category { get; set; }

    /// <summary>Only in rules evaluated after the category is decided: flags raised by the first pass.</summary>
    public List<string>? Flag { get; set; }
}

internal sealed class ParameterConditionModel
{
    public List<string>? Name { get; set; }
    public List<string>? Type { get; set; }
    public List<string>? DescriptionWord { get; set; }
}

internal sealed class AnnotationConditionModel
{
    public bool? ReadOnlyHint { get; set; }
    public bool? DestructiveHint { get; set; }
    public bool? IdempotentHint { get; set; }
    public bool? OpenWorldHint { get; set; }
}

internal sealed class EffectModel
{
    public string? Category { get; set; }
    public double Weight { get; set; }
    public double Destructive { get; set; }
    public double Financial { get; set; }
    public double Sensitive { get; set; }
    public string? RiskFloor { get; set; }
    public List<string>? Tags { get; set; }
}
