namespace Catalog.Cli.Evaluation;

/// <summary>A tool the extraction found that the labelled dataset does not list, with where and how it was found.</summary>
public sealed record ExtraTool(string Name, string Location, string Method);
