using System.Globalization;
using System.Net;
using Catalog.Domain.Crawling;
using Octokit;
using Octokit.Internal;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// Sits under Octokit and makes every request patient and countable: it sends conditional requests, replays cached
/// responses on 304, waits out rate limits, retries server errors and timeouts with jittered back-off, keeps to the
/// request budget and counts what was sent. Octokit only ever sees the final answer.
/// </summary>
internal sealed class GitHubHttpClient : IHttpClient
{
    private const string IfNoneMatch = "If-None-Match";

    /// <summary>GitHub asks clients to wait at least a minute after a secondary limit that names no Retry-After.</summary>
    private static readonly TimeSpan SecondaryLimitDefaultWait = TimeSpan.FromSeconds(60);

    private readonly IHttpClient inner;
    private readonly GitHubOptions options;
    private readonly RateLimitGate gate;
    private readonly RequestBudget budget;
    private readonly RequestStatistics statistics;
    private readonly ConditionalResponseCache cache;

    public GitHubHttpClient(IHttpClient inner, GitHubOptions options, RequestStatistics statistics, ConditionalResponseCache cache)
    {
        this.inner = inner;
        this.options = options;
        this.statistics = statistics;
        this.cache = cache;
        gate = new RateLimitGate(options.Clock, options.MaxRateLimitWait, statistics);
        budget = new RequestBudget(options.MaxRequests);
    }

    public async Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = RequestScope.Current;
        // Keyed by the absolute address, so that a cache filled from one GitHub is never replayed for another.
        var key = scope?.Replayable == true ? new Uri(request.BaseAddress, request.Endpoint).AbsoluteUri : null;
        var cached = key is null ? null : cache.Find(key);
        var etag = scope?.IfNoneMatch ?? cached?.ETag;
        if (etag is not null)
        {
            request.Headers[IfNoneMatch] = etag;
        }

        for (var attempt = 1; ; attempt++)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            budget.Take();
            statistics.AddSent();
            IResponse response;
            try
            {
                response = await inner.Send(request, cancellationToken, preprocessResponseBody!).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsTransport(ex))
            {
                if (attempt >= options.MaxAttempts)
                {
                    throw new GitHubRequestFailedException(Describe(ex, attempt), ex);
                }

                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            gate.Observe(response);
            var status = (int)response.StatusCode;
            if (status == (int)HttpStatusCode.NotModified)
            {
                statistics.AddNotModified();
                if (scope is not null)
                {
                    scope.NotModified = true;
                    scope.ETag = etag;
                    scope.Link = cached?.Link;
                }

                return cached is null ? response : Replay(cached, response);
            }

            if (status is 403 or 429 && attempt < options.MaxAttempts && LimitWait(response) is { } until)
            {
                gate.BlockUntil(until);
                continue;
            }

            if (status >= 500 && attempt < options.MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (scope is not null)
            {
                scope.ETag = RateLimitGate.Header(response, "ETag");
                scope.Link = RateLimitGate.Header(response, "Link");
            }

            if (key is not null && status == 200 && scope?.ETag is { } fresh && response.Body is string body)
            {
                cache.Store(new CachedResponse(key, fresh, scope.Compact is null ? body : scope.Compact(body), scope.Link));
            }

            return response;
        }
    }

    public void SetRequestTimeout(TimeSpan timeout) => inner.SetRequestTimeout(timeout);

    public void Dispose() => inner.Dispose();

    /// <summary>
    /// When a refusal is a rate limit, the time to wait until: Retry-After (secondary limits, 429), else the primary
    /// limit's reset when nothing remains, else a minute for a secondary limit that gives no time. Null when it is
    /// some other refusal (a private repository, a blocked token), which waiting would not cure.
    /// </summary>
    private DateTimeOffset? LimitWait(IResponse response)
    {
        var now = options.Clock.GetUtcNow();
        if (RateLimitGate.Header(response, "Retry-After") is { } retryAfter)
        {
            if (int.TryParse(retryAfter, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            {
                return now.AddSeconds(Math.Max(seconds, 0));
            }

            if (DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return at;
            }
        }

        if (RateLimitGate.Header(response, "X-RateLimit-Remaining") == "0" && RateLimitGate.ResetTime(response) is { } reset)
        {
            return reset > now ? reset : now.AddSeconds(1);
        }

        var body = response.Body as string ?? "";
        if ((int)response.StatusCode == 429 || body.Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase))
        {
            return now + SecondaryLimitDefaultWait;
        }

        return null;
    }

    private async Task BackOffAsync(int attempt, CancellationToken cancellation)
    {
        statistics.AddRetry();
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, options.MaxRetryDelay.TotalMilliseconds);

        // Full jitter between half and the whole delay, so workers that failed together do not retry together.
        var delay = TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
        await Task.Delay(delay, options.Clock, cancellation).ConfigureAwait(false);
    }

    private static bool IsTransport(Exception ex) => ex is HttpRequestException or TaskCanceledException or TimeoutException or IOException;

    private static string Describe(Exception ex, int attempts) => ex switch
    {
        TaskCanceledException or TimeoutException => $"no reply within the timeout after {attempts} attempts",
        _ => $"connection failed after {attempts} attempts: {ex.Message}",
    };

    private static ReplayedResponse Replay(CachedResponse cached, IResponse notModified)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in notModified.Headers ?? new Dictionary<string, string>())
        {
            headers[header.Key] = header.Value;
        }

        headers["ETag"] = cached.ETag;
        if (cached.Link is not null)
        {
            headers["Link"] = cached.Link;
        }

        return new ReplayedResponse(cached.Body, headers, notModified.ApiInfo);
    }
}
