using System.Collections.Concurrent;
using Catalog.Domain.Crawling;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// Responses worth replaying when GitHub answers 304 (search pages, awesome-list READMEs), loaded from the store
/// before a run; new ones are collected for the single writer to store. Thread-safe.
/// </summary>
public sealed class ConditionalResponseCache
{
    private readonly ConcurrentDictionary<string, CachedResponse> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<CachedResponse> added = new();

    public ConditionalResponseCache(IEnumerable<CachedResponse>? stored = null)
    {
        foreach (var response in stored ?? [])
        {
            entries[response.Key] = response;
        }
    }

    public int Count => entries.Count;

    public CachedResponse? Find(string key) => entries.GetValueOrDefault(key);

    public void Store(CachedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        entries[response.Key] = response;
        added.Enqueue(response);
    }

    /// <summary>The responses stored since the last call, for the writer to persist.</summary>
    public IReadOnlyList<CachedResponse> TakeAdded()
    {
        var taken = new List<CachedResponse>();
        while (added.TryDequeue(out var response))
        {
            taken.Add(response);
        }

        return taken;
    }
}
