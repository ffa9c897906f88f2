using Catalog.Domain.Classification;
using Catalog.Domain.Crawling;

namespace Catalog.Storage.Sql;

/// <summary>
/// The words enums are stored as. Spelled out rather than derived from member names or numbers, so renaming
/// or reordering a C# enum can never change the meaning of rows already written.
/// </summary>
internal static class StoredNames
{
    public static string Of(CrawlRunStatus status) => status switch
    {
        CrawlRunStatus.Running => "running",
        CrawlRunStatus.Succeeded => "succeeded",
        CrawlRunStatus.PartiallyFailed => "partially_failed",
        CrawlRunStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown run status."),
    };

    public static CrawlRunStatus RunStatus(string text) => text switch
    {
        "running" => CrawlRunStatus.Running,
        "succeeded" => CrawlRunStatus.Succeeded,
        "partially_failed" => CrawlRunStatus.PartiallyFailed,
        "failed" => CrawlRunStatus.Failed,
        _ => throw Unknown("run status", text),
    };

    public static string Of(ToolChangeKind kind) => kind switch
    {
        ToolChangeKind.Added => "added",
        ToolChangeKind.Changed => "changed",
        ToolChangeKind.Removed => "removed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown change kind."),
    };

    public static ToolChangeKind ChangeKind(string text) => text switch
    {
        "added" => ToolChangeKind.Added,
        "changed" => ToolChangeKind.Changed,
        "removed" => ToolChangeKind.Removed,
        _ => throw Unknown("change kind", text),
    };

    public static string Of(ToolCategory category) => category switch
    {
        ToolCategory.Read => "read",
        ToolCategory.Write => "write",
        ToolCategory.Execute => "execute",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown tool category."),
    };

    public static ToolCategory Category(string text) => text switch
    {
        "read" => ToolCategory.Read,
        "write" => ToolCategory.Write,
        "execute" => ToolCategory.Execute,
        _ => throw Unknown("tool category", text),
    };

    public static string Of(RiskLevel risk) => risk switch
    {
        RiskLevel.Low => "low",
        RiskLevel.Medium => "medium",
        RiskLevel.High => "high",
        RiskLevel.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(risk), risk, "Unknown risk level."),
    };

    public static RiskLevel Risk(string text) => text switch
    {
        "low" => RiskLevel.Low,
        "medium" => RiskLevel.Medium,
        "high" => RiskLevel.High,
        "critical" => RiskLevel.Critical,
        _ => throw Unknown("risk level", text),
    };

    private static InvalidDataException Unknown(string what, string text) =>
        new($"The database holds an unknown {what} '{text}'; it was written by a newer build.");
}
