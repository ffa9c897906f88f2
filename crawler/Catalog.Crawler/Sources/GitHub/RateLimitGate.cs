using System.Globalization;
using Octokit;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// Holds every request back while GitHub's limit is exhausted (primary: until X-RateLimit-Reset; secondary: for
/// Retry-After), so that all workers wait together instead of each being refused. A wait longer than the cap ends
/// with <see cref="GitHubRateLimitedException"/>. Thread-safe.
/// </summary>
internal sealed class RateLimitGate(TimeProvider clock, TimeSpan maxWait, RequestStatistics statistics)
{
    private long blockedUntilTicks;

    public async Task WaitAsync(CancellationToken cancellation)
    {
        for (var waited = false; ; waited = true)
        {
            var until = new DateTimeOffset(Interlocked.Read(ref blockedUntilTicks), TimeSpan.Zero);
            var now = clock.GetUtcNow();
            if (until <= now)
            {
                return;
            }

            if (until - now > maxWait)
            {
                throw new GitHubRateLimitedException(until);
            }

            if (!waited)
            {
                statistics.AddRateLimitWait();
            }

            // A timer may fire a little before the instant; the loop then waits out the rest.
            await Task.Delay(until - now, clock, cancellation).ConfigureAwait(false);
        }
    }

    public void BlockUntil(DateTimeOffset until)
    {
        var ticks = until.UtcTicks;
        var current = Interlocked.Read(ref blockedUntilTicks);
        while (ticks > current)
        {
            var seen = Interlocked.CompareExchange(ref blockedUntilTicks, ticks, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>Reads the primary limit from any response: nothing left means waiting for the reset.</summary>
    public void Observe(IResponse response)
    {
        if (Header(response, "X-RateLimit-Remaining") is { } remainingText
            && long.TryParse(remainingText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && remaining <= 0
            && ResetTime(response) is { } reset)
        {
            BlockUntil(reset);
        }
    }

    public static DateTimeOffset? ResetTime(IResponse response) =>
        Header(response, "X-RateLimit-Reset") is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static string? Header(IResponse response, string name)
    {
        if (response.Headers is null)
        {
            return null;
        }

        foreach (var header in response.Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }
}
