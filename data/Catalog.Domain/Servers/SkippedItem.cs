namespace Catalog.Domain.Servers;

/// <summary>Something a stage passed over, and why. <see cref="Path"/> is relative to the repository, or null for the whole repository.</summary>
public sealed record SkippedItem(string Repository, string? Path, string Reason);
