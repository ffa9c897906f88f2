namespace Catalog.Crawler.Sources.GitHub;

/// <summary>What GitHub search looks for: repository topics over creation-date windows, and SDK markers in code.</summary>
public sealed record GitHubSearchOptions
{
    public IReadOnlyList<string> Topics { get; init; } = ["mcp-server", "model-context-protocol", "mcp-servers", "mcp"];

    /// <summary>The earliest creation date searched; GitHub itself opened in 2008.</summary>
    public DateTimeOffset CreatedFrom { get; init; } = new(2008, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Code searches (GitHub allows them only with a token) for dependencies only an MCP server declares.</summary>
    public IReadOnlyList<CodeSearchQuery> CodeQueries { get; init; } =
    [
        new("\"@modelcontextprotocol/sdk\"", FileName: "package.json"),
        new("\"mcp.server.fastmcp\"", Extension: "py"),
        new("\"from fastmcp import\"", Extension: "py"),
        new("\"mark3labs/mcp-go\"", FileName: "go.mod"),
        new("\"modelcontextprotocol/go-sdk\"", FileName: "go.mod"),
        new("\"ModelContextProtocol\"", Extension: "csproj"),
        new("rmcp", FileName: "Cargo.toml"),
    ];
}
