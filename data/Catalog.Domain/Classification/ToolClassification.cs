namespace Catalog.Domain.Classification;

/// <summary>
/// The label Catalog gives one tool definition. Never "unknown": when evidence is thin the label is
/// still given, with a low <see cref="Confidence"/> and reasons that say so.
/// </summary>
public sealed record ToolClassification
{
    public required ToolCategory Category { get; init; }

    /// <summary>Can delete, overwrite or irreversibly discard data or resources.</summary>
    public required bool Destructive { get; init; }

    /// <summary>Touches payments, billing, trading or funds, including reading financial data.</summary>
    public required bool Financial { get; init; }

    /// <summary>Reads or exposes secrets, credentials, private messages or personal data.</summary>
    public required bool Sensitive { get; init; }

    public required RiskLevel Risk { get; init; }

    /// <summary>From 0 to 1: how sure the classifier is of <see cref="Category"/> and <see cref="Risk"/> together.</summary>
    public required double Confidence { get; init; }

    public required IReadOnlyList<ClassificationReason> Reasons { get; init; }

    /// <summary>
    /// Labels the rules attached for consumers such as policies ("messaging", "shell", "money-movement",
    /// "access"), in ordinal order. Null for a label stored before tags were kept: a consumer then works them out.
    /// </summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>
    /// What the definition costs in an agent's context: its tokens (o200k encoding) as a <c>tools/list</c>
    /// entry. Measured once per definition version, when it is labelled; null when it was not measured.
    /// </summary>
    public int? DefinitionTokens { get; init; }

    /// <summary>The tokenizer encoding <see cref="DefinitionTokens"/> is counted in.</summary>
    public const string TokenEncoding = "o200k";

    /// <summary>Identifies the rule set and model that produced this label, so a new classifier re-labels everything once.</summary>
    public required string ClassifierVersion { get; init; }
}
