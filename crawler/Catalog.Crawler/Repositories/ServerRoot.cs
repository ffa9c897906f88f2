namespace Catalog.Crawler.Repositories;

/// <summary>
/// A folder of a repository that holds one server: the root, or a package folder of a monorepo.
/// <see cref="PackageName"/> and <see cref="Description"/> come from its manifest where it has them.
/// </summary>
public sealed record ServerRoot(string Folder, string? PackageName, string? Description, string? ManifestPath);
