namespace Catalog.Crawler.Sources.Registry;

/// <summary>One server as the registry lists it, reduced to what discovery needs. Every value is untrusted text.</summary>
public sealed record RegistryEntry(string Name, string? RepositoryUrl, string? RepositorySource, string? RepositoryId, string? Status);
