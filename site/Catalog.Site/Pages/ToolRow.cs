using Catalog.Domain.Catalog;

namespace Catalog.Site.Pages;

/// <summary>
/// A tool in a table (a server's tools, a risk or category listing). Label fields are empty when the
/// tool is not classified yet (<see cref="Classified"/> false).
/// </summary>
internal sealed record ToolRow
{
    public required string Name { get; init; }
    public required string Url { get; init; }
    public required string ServerName { get; init; }
    public required string ServerUrl { get; init; }
    public required bool Classified { get; init; }
    public string Category { get; init; } = "";
    public string Risk { get; init; } = "";
    public IReadOnlyList<string> Flags { get; init; } = [];
    public string Confidence { get; init; } = "";

    /// <summary>The risk as a number for sorting: 0 (Low) to 3 (Critical), -1 when not classified.</summary>
    public int RiskRank { get; init; } = -1;

    /// <summary>The token cost of the tool's definition as its label measured it; null when not measured or where a table does not show it.</summary>
    public int? Tokens { get; init; }

    public static ToolRow Create(CatalogTool tool, string url, string serverName, string serverUrl, int? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var row = new ToolRow { Name = tool.Name, Url = url, ServerName = serverName, ServerUrl = serverUrl, Classified = tool.Classification is not null, Tokens = tokens };
        return tool.Classification is not { } label ? row : row with
        {
            Category = label.Category.ToString(),
            Risk = label.Risk.ToString(),
            Flags = Labels.Flags(label),
            Confidence = Labels.Confidence(label.Confidence),
            RiskRank = (int)label.Risk,
        };
    }
}
