using System.Collections.Concurrent;

namespace Catalog.Testing.GitHub;

/// <summary>Every request the fake server answered, by endpoint, split into 304s and the rest ("counted", as GitHub counts them).</summary>
public sealed class RequestCounter
{
    private readonly ConcurrentDictionary<EndpointKind, Counts> byKind = new();

    public int Total => byKind.Values.Sum(c => c.All);

    public int NotModified => byKind.Values.Sum(c => c.NotModified);

    /// <summary>Requests other than 304s, every endpoint but the registry's (which is not GitHub).</summary>
    public int CountedGitHub => byKind.Where(e => e.Key != EndpointKind.Registry).Sum(e => e.Value.All - e.Value.NotModified);

    public int Of(EndpointKind kind) => byKind.TryGetValue(kind, out var c) ? c.All : 0;

    public int CountedOf(EndpointKind kind) => byKind.TryGetValue(kind, out var c) ? c.All - c.NotModified : 0;

    public void Reset() => byKind.Clear();

    /// <summary>One line per endpoint, for assertion messages.</summary>
    public override string ToString() => string.Join(", ", byKind.OrderBy(e => e.Key).Select(e => $"{e.Key}={e.Value.All} ({e.Value.NotModified} not modified)"));

    internal void Record(EndpointKind kind, int status)
    {
        var counts = byKind.GetOrAdd(kind, _ => new Counts());
        Interlocked.Increment(ref counts.All);
        if (status == 304)
        {
            Interlocked.Increment(ref counts.NotModified);
        }
    }

    private sealed class Counts
    {
        public int All;
        public int NotModified;
    }
}
