namespace Catalog.Crawler.Extraction.Manifest;

/// <summary>The source repository a server.json points at; <see cref="Subfolder"/> is set for a server inside a monorepo.</summary>
public sealed record ServerJsonRepository(string? Url, string? Source, string? Subfolder);
