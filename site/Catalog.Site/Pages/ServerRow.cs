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

    public static ServerRow Create(string name, string url, string repository, LabelCounts counts)
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
        };
    }
}
