using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;

namespace Catalog.Domain.Stores;

/// <summary>The record of every stage run and of what it passed over.</summary>
public interface ICrawlRunStore
{
    CrawlRun StartRun(string kind, string source);
    void FinishRun(long runId, CrawlRunStatus status, CrawlRunCounts counts);
    void RecordSkips(long runId, IReadOnlyList<SkippedItem> items);
    CrawlRun? FindRun(long runId);
    IReadOnlyList<SkippedItem> ListSkips(long runId);
}
