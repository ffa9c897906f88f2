namespace Catalog.Cli.Evaluation;

/// <summary>A tool found under the expected name whose description is not the labelled one (both normalised).</summary>
public sealed record DescriptionMismatch(string Name, string Expected, string Found);
