namespace Catalog.Testing.GitHub;

/// <summary>
/// Faults the fake server injects, switched on and off by tests while it runs. Counted faults ("the next N requests")
/// are used up one request at a time; <see cref="Reset"/> clears everything. Thread-safe.
/// </summary>
public sealed class FakeFaults
{
    private readonly object gate = new();
    private readonly List<CountedFault> counted = [];
    private readonly HashSet<string> brokenRepositories = new(StringComparer.OrdinalIgnoreCase);
    private long rateLimitResetTicks;

    /// <summary>Every reply waits this long first (a slow network).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Recursive trees answer with half their entries and <c>truncated: true</c>.</summary>
    public bool TruncateTrees { get; set; }

    /// <summary>The next <paramref name="count"/> requests (of one kind, or any) answer <paramref name="status"/>.</summary>
    public void ServerErrors(int count, EndpointKind? only = null, int status = 502) => Add(new CountedFault(FaultKind.ServerError, count, only, status));

    /// <summary>The next <paramref name="count"/> requests answer 403 "secondary rate limit" with Retry-After.</summary>
    public void SecondaryLimit(int count, int retryAfterSeconds = 1, EndpointKind? only = null) =>
        Add(new CountedFault(FaultKind.Secondary, count, only, retryAfterSeconds));

    /// <summary>The next <paramref name="count"/> JSON replies (of one kind, or any) are cut off mid-document.</summary>
    public void MalformedJson(int count, EndpointKind? only = null) => Add(new CountedFault(FaultKind.Malformed, count, only, 0));

    /// <summary>The next <paramref name="count"/> replies wait <paramref name="delay"/> first.</summary>
    public void SlowReplies(TimeSpan delay, int count, EndpointKind? only = null) => Add(new CountedFault(FaultKind.Slow, count, only, (int)delay.TotalMilliseconds));

    /// <summary>The primary rate limit is used up until <paramref name="resetIn"/> from now: GitHub requests answer 403.</summary>
    public void ExhaustRateLimit(TimeSpan resetIn) => Interlocked.Exchange(ref rateLimitResetTicks, DateTimeOffset.UtcNow.Add(resetIn).UtcTicks);

    /// <summary>Every request about this repository answers 500, however often it is retried.</summary>
    public void BreakRepository(string fullName)
    {
        lock (gate)
        {
            brokenRepositories.Add(fullName);
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            counted.Clear();
            brokenRepositories.Clear();
        }

        Latency = TimeSpan.Zero;
        TruncateTrees = false;
        Interlocked.Exchange(ref rateLimitResetTicks, 0);
    }

    internal DateTimeOffset? RateLimitResetAt
    {
        get
        {
            var ticks = Interlocked.Read(ref rateLimitResetTicks);
            return ticks > DateTimeOffset.UtcNow.UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        }
    }

    internal bool IsBroken(string? fullName)
    {
        lock (gate)
        {
            return fullName is not null && brokenRepositories.Contains(fullName);
        }
    }

    /// <summary>Uses up one request of the first matching fault of <paramref name="kind"/>; its value, or null when none applies.</summary>
    internal int? Take(FaultKind kind, EndpointKind endpoint)
    {
        lock (gate)
        {
            var fault = counted.FirstOrDefault(f => f.Kind == kind && f.Remaining > 0 && (f.Only is null || f.Only == endpoint));
            if (fault is null)
            {
                return null;
            }

            fault.Remaining--;
            return fault.Value;
        }
    }

    private void Add(CountedFault fault)
    {
        lock (gate)
        {
            counted.Add(fault);
        }
    }

    internal enum FaultKind
    {
        ServerError,
        Secondary,
        Malformed,
        Slow,
    }

    private sealed class CountedFault(FaultKind kind, int count, EndpointKind? only, int value)
    {
        public FaultKind Kind { get; } = kind;
        public int Remaining { get; set; } = count;
        public EndpointKind? Only { get; } = only;
        public int Value { get; } = value;
    }
}
