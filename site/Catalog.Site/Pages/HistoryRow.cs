namespace Catalog.Site.Pages;

/// <summary>One stored version of a tool's definition: when it was first seen and the start of its content hash.</summary>
internal sealed record HistoryRow(int Version, string FirstSeen, string Hash, bool Current);
