namespace Catalog.Crawler.Sources.GitHub;

/// <summary>The run has sent as many requests as <see cref="GitHubOptions.MaxRequests"/> allows.</summary>
internal sealed class RequestBudgetExhaustedException(long limit)
    : Exception($"the request budget of {limit} was used up")
{
    public long Limit { get; } = limit;
}
