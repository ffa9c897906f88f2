using Catalog.Domain.Crawling;

namespace Catalog.Domain.Catalog;

/// <summary>A tool that appeared, changed or disappeared in a crawl run; the feed of changes is a list of these.</summary>
public sealed record ToolChange(string ServerSlug, string ToolName, ToolChangeKind Kind, DateTimeOffset At, long CrawlRunId, int Version);
