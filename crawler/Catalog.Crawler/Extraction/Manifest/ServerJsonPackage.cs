namespace Catalog.Crawler.Extraction.Manifest;

/// <summary>One way to install the server, e.g. registry type <c>npm</c>, identifier <c>@acme/payments-mcp</c>.</summary>
public sealed record ServerJsonPackage(string RegistryType, string Identifier, string? Version);
