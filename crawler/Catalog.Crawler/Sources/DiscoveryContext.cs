using System.Collections.Concurrent;

namespace Catalog.Crawler.Sources;

/// <summary>
/// What a discovery source can tell the crawl besides repository names: something it passed over (a note), a part
/// it could not read (a failure), and repositories that must not be crawled even if known from earlier runs
/// (a server deleted from the registry).
/// </summary>
public sealed class DiscoveryContext
{
    private readonly Action<string, string, bool> report;
    private readonly ConcurrentDictionary<string, string> suppressed = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="report">Receives (subject, reason, isFailure) for every note and failure.</param>
    public DiscoveryContext(Action<string, string, bool> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        this.report = report;
    }

    /// <summary>Something passed over on purpose, e.g. a registry server whose code is not on GitHub.</summary>
    public void Note(string subject, string reason) => report(subject, reason, false);

    /// <summary>Something that should have been read and was not; the run ends partially failed.</summary>
    public void Fail(string subject, string reason) => report(subject, reason, true);

    /// <summary>Keeps <paramref name="repository"/> out of this run, also when an earlier run had crawled it.</summary>
    public void Suppress(string repository, string reason)
    {
        suppressed[repository] = reason;
        Note(repository, reason);
    }

    public bool IsSuppressed(string repository) => suppressed.ContainsKey(repository);
}
