namespace Catalog.Domain.Policies;

/// <summary>
/// The recommendation for one tool: its rule (null when the tool is hidden) and one sentence saying
/// why, shown next to the policy so a reader knows what they copy.
/// </summary>
public sealed record ToolPolicyAdvice(string ToolName, ToolRule? Rule, bool Hidden, string Explanation);
