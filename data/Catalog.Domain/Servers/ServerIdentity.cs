namespace Catalog.Domain.Servers;

/// <summary>
/// Who a server is: its stable slug (used in URLs and as the store key), the repository it lives in,
/// and the folder inside that repository (monorepos hold several servers; empty for the root).
/// </summary>
public sealed record ServerIdentity
{
    /// <summary>Lower-case, URL-safe, unique across the catalogue, e.g. <c>acme-payments-mcp</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The display name, e.g. <c>acme/payments-mcp</c> or a package name.</summary>
    public required string Name { get; init; }

    /// <summary>Repository as <c>owner/name</c>; for a local folder, the folder's name.</summary>
    public required string Repository { get; init; }

    /// <summary>Path of the server inside the repository with '/' separators; empty for the root.</summary>
    public string Subfolder { get; init; } = "";
}
