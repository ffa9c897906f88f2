namespace Catalog.Crawler.Sources.GitHub;

/// <summary>Counts requests against <c>--max-requests</c>; thread-safe.</summary>
internal sealed class RequestBudget(long? limit)
{
    private long used;

    /// <exception cref="RequestBudgetExhaustedException">The request would pass the limit.</exception>
    public void Take()
    {
        if (limit is { } max && Interlocked.Increment(ref used) > max)
        {
            throw new RequestBudgetExhaustedException(max);
        }
    }
}
