namespace Catalog.Domain.Crawling;

/// <summary>
/// Something worth a reader's attention about a tool or server, found by a stage: a suspicious
/// instruction in a description, a definition that changed after release, an annotation that
/// contradicts the behaviour. <see cref="ToolName"/> is null for a server-wide finding.
/// </summary>
public sealed record Finding
{
    /// <summary>Stable identifier of the check, e.g. <c>hidden-unicode</c>.</summary>
    public required string Kind { get; init; }
    public required FindingSeverity Severity { get; init; }
    public required string Message { get; init; }
    public string? ToolName { get; init; }
}
