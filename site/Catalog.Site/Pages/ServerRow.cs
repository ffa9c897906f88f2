using Catalog.Domain.Classification;

namespace Catalog.Site.Pages;

/// <summary>A server in a listing, with its counts; <see cref="MaxRisk"/> is empty when no tool is classified.</summary>
internal sealed record ServerRow
{
    public required string Name { get; init; }
    public required string Url { get; init; }
    public required string Repository { get; init; }
    public required int Tools { get; init; }
    public required int Unclassified { get; init; }
    public required int Critical { get; init; }
    public required int High { get; init; }
    public required int Medium { get; init; }
    public required int Low { get; init; }
    public required int Read { get; init; }
    public required int Write { get; init; }
    public required int Execute { get; init; }
    public required string MaxRisk { get; init; }

    /// <summary>The highest risk as a number for sorting: 0 (Low) to 3 (Critical), -1 when none is classified.</summary>
    public int MaxRiskRank { get; init; } = -1;

    /// <summary>The repository's main language, or "unknown".</summary>
    public string Language { get; init; } = "unknown";

    public static ServerRow Create(string name, string url, string repository, LabelCounts counts, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new ServerRow
        {
            Name = name,
            Url = url,
            Repository = repository,
            Tools = counts.Tools,
            Unclassified = counts.Unclassified,
            Critical = counts.Of(RiskLevel.Critical),
            High = counts.Of(RiskLevel.High),
            Medium = counts.Of(RiskLevel.Medium),
            Low = counts.Of(RiskLevel.Low),
            Read = counts.Of(ToolCategory.Read),
            Write = counts.Of(ToolCategory.Write),
            Execute = counts.Of(ToolCategory.Execute),
            MaxRisk = counts.MaxRisk?.ToString() ?? "",
            MaxRiskRank = counts.MaxRisk is { } max ? (int)max : -1,
            Language = string.IsNullOrWhiteSpace(language) ? "unknown" : language,
        };
    }
}
