namespace Catalog.Domain.Catalog;

/// <summary>One stored version of a tool definition: when it was first seen, by which run, and its hash.</summary>
public sealed record ToolVersionInfo(int Version, string ContentHash, DateTimeOffset FirstSeenAt, long CrawlRunId, string Description);
