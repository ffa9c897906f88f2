namespace Catalog.Site.Outputs.Api;

/// <summary>
/// One line of <c>/api/catalog.jsonl.gz</c>: a tool with its server's facts, its definition and its label
/// (null until classified). The input schema is the source's text, kept as a string because it may not be valid JSON.
/// </summary>
public sealed record ApiExportTool
{
    public required string Server { get; init; }
    public required string ServerName { get; init; }
    public required string Repository { get; init; }
    public string? RepositoryUrl { get; init; }
    public string? Language { get; init; }
    public string? License { get; init; }
    public int? Stars { get; init; }
    public required string Tool { get; init; }
    public string? Title { get; init; }
    public required string Description { get; init; }
    public required string InputSchema { get; init; }
    public ApiAnnotations? Annotations { get; init; }
    public required string Location { get; init; }
    public required string Page { get; init; }
    public ApiLabel? Label { get; init; }
}
