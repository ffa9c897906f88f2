namespace Catalog.Crawler.Extraction.Manifest;

/// <summary>
/// What a <c>server.json</c> (the official MCP registry format) says about a server: who it is, where its
/// source is and which packages install it. Every member but <see cref="Name"/> may be absent (null or empty).
/// </summary>
public sealed record ServerJsonInfo
{
    /// <summary>The registry name, usually reverse-DNS, e.g. <c>io.github.acme/payments</c>.</summary>
    public required string Name { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Version { get; init; }

    public ServerJsonRepository? Repository { get; init; }

    public IReadOnlyList<ServerJsonPackage> Packages { get; init; } = [];
}
