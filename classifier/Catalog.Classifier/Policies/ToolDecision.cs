using Catalog.Domain.Policies;

namespace Catalog.Classifier.Policies;

/// <summary>
/// The one recommendation for one tool under one profile. Both formats are mapped from it
/// (<see cref="PolicyDocumentMapping"/>, <see cref="InterceptPolicyMapping"/>), so they cannot disagree.
/// </summary>
internal sealed record ToolDecision
{
    /// <summary>The tool's name exactly as the server exposes it.</summary>
    public required string ToolName { get; init; }

    public required ToolVerdict Verdict { get; init; }

    /// <summary>One sentence saying why, shown beside the policy.</summary>
    public required string Explanation { get; init; }

    /// <summary>The call budget of an <see cref="ToolVerdict.Allowed"/> tool; unused otherwise.</summary>
    public (LimitWindow Window, int Max) Budget { get; init; }

    /// <summary>Argument patterns refused even though the tool is allowed; empty for most tools.</summary>
    public IReadOnlyList<ArgumentGuard> Guards { get; init; } = [];

    /// <summary>The refusal message of a <see cref="ToolVerdict.Denied"/> or <see cref="ToolVerdict.NeedsApproval"/> tool.</summary>
    public string OnDeny { get; init; } = "";

    /// <summary>
    /// The numeric amount parameter of a tool that needs approval, which lets Intercept allow small
    /// amounts under a daily counter; null when there is none (or the verdict is another).
    /// </summary>
    public string? AmountParameter { get; init; }
}
