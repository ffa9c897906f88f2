namespace Catalog.Crawler.Extraction.Readme;

/// <summary>A tool as a README lists it: a name, what the README says of it, and the 1-based line.</summary>
internal sealed record ReadmeTool(string Name, string Description, int Line);
