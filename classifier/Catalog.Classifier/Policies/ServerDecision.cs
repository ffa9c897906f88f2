using Catalog.Domain.Policies;

namespace Catalog.Classifier.Policies;

/// <summary>The recommendation for a set of tools under one profile: the posture, the shared budget and each tool's decision.</summary>
internal sealed record ServerDecision
{
    public required PolicyDefault Default { get; init; }

    /// <summary>The budget all tools share; null when there is none.</summary>
    public (LimitWindow Window, int Max)? AllTools { get; init; }

    /// <summary>Decisions by tool name (ordinal), one per name; hidden ones are listed too.</summary>
    public required IReadOnlyList<ToolDecision> Tools { get; init; }

    /// <summary>What the policy is for, in words; Intercept carries it as the policy's description.</summary>
    public required string Description { get; init; }
}
