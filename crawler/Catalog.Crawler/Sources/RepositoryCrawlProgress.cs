namespace Catalog.Crawler.Sources;

/// <summary>Live counters of a running crawl, safe to read from another thread (a progress bar).</summary>
public sealed class RepositoryCrawlProgress
{
    private int discovered;
    private int completed;
    private volatile bool discoveryFinished;

    /// <summary>Repositories queued so far (distinct).</summary>
    public int Discovered => Volatile.Read(ref discovered);

    /// <summary>Repositories whose result was handed to the writer.</summary>
    public int Completed => Volatile.Read(ref completed);

    /// <summary>True once every source has named all it will name; <see cref="Discovered"/> is then final.</summary>
    public bool DiscoveryFinished => discoveryFinished;

    internal void AddDiscovered() => Interlocked.Increment(ref discovered);

    internal void AddCompleted() => Interlocked.Increment(ref completed);

    internal void FinishDiscovery() => discoveryFinished = true;
}
