namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// Per-call instructions for <see cref="GitHubHttpClient"/> and what it observed, carried through Octokit (which
/// has no way to pass request headers through its typed clients) by an async-local value.
/// </summary>
internal sealed class RequestScope
{
    private static readonly AsyncLocal<RequestScope?> CurrentScope = new();

    public static RequestScope? Current => CurrentScope.Value;

    /// <summary>An entity tag to send as If-None-Match; a 304 then sets <see cref="NotModified"/>.</summary>
    public string? IfNoneMatch { get; init; }

    /// <summary>Keep the response in the <see cref="ConditionalResponseCache"/> and replay it on a 304.</summary>
    public bool Replayable { get; init; }

    /// <summary>Shrinks a response before it is cached (drops what the caller never reads); null keeps it whole.</summary>
    public Func<string, string>? Compact { get; init; }

    public bool NotModified { get; set; }

    public string? ETag { get; set; }

    public string? Link { get; set; }

    /// <summary>Runs <paramref name="call"/> with this scope current; the scope is seen by every request the call sends.</summary>
    public async Task<T> Run<T>(Func<Task<T>> call)
    {
        CurrentScope.Value = this;
        return await call().ConfigureAwait(false);
    }

    /// <summary>True when the Link header names a next page.</summary>
    public bool HasNextPage => Link is not null && Link.Contains("rel=\"next\"", StringComparison.Ordinal);
}
