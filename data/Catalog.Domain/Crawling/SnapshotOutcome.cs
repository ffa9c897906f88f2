namespace Catalog.Domain.Crawling;

/// <summary>What storing one <see cref="Servers.ServerSnapshot"/> changed.</summary>
public sealed record SnapshotOutcome(SnapshotChange Kind, int ToolsAdded, int ToolsChanged, int ToolsRemoved);
