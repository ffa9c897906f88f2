namespace Catalog.Crawler.Repositories;

/// <summary>A file listed in a repository: its path relative to the root ('/' separators) and its size in bytes.</summary>
public sealed record RepositoryFileEntry(string Path, long Size);
