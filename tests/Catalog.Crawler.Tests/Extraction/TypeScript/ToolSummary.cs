using Catalog.Domain.Tools;

namespace Catalog.Crawler.Tests.Extraction.TypeScript;

/// <summary>
/// What extractor tests compare of a tool: every field an agent sees plus method and location. The path is null
/// when it is the fixture being extracted, so expectations only spell out paths of other files.
/// </summary>
internal sealed record ToolSummary(
    string Name,
    string? Title,
    string Description,
    string Schema,
    ToolAnnotations Annotations,
    string Method,
    string? Path,
    int Line)
{
    public static ToolSummary Of(ToolDefinition tool, string extractedPath) => new(
        tool.Name,
        tool.Title,
        tool.Description,
        tool.InputSchema,
        tool.Annotations,
        tool.Method,
        tool.Location.Path == extractedPath ? null : tool.Location.Path,
        tool.Location.Line);
}
