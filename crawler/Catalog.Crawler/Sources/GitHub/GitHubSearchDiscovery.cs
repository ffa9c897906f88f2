using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Octokit;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// Finds MCP servers through GitHub search. Search lists at most 1,000 results per query, so each topic is searched
/// over creation-date windows, halved until each holds no more than that. With a token, code search adds
/// repositories that declare an MCP SDK without the topic. Pages are conditional requests replayed from the cache,
/// so an unchanged search costs nothing against the rate limit.
/// </summary>
public sealed class GitHubSearchDiscovery : IRepositoryDiscovery
{
    /// <summary>GitHub's cap on the results of one search query.</summary>
    public const int ResultCap = 1000;

    private const int PageSize = 100;

    /// <summary>A window this short (in seconds) is not split further, however many results it holds.</summary>
    private const long SmallestWindowSeconds = 2;

    private readonly GitHubConnection connection;
    private readonly GitHubSearchOptions options;

    public GitHubSearchDiscovery(GitHubConnection connection, GitHubSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        this.connection = connection;
        this.options = options ?? new GitHubSearchOptions();
    }

    public string Name => "github-search";

    public bool IsCurated => false;

    public async IAsyncEnumerable<DiscoveredRepository> DiscoverAsync(DiscoveryContext context, [EnumeratorCancellation] CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var topic in options.Topics)
        {
            await foreach (var found in SearchTopicAsync(topic, context, cancellation).ConfigureAwait(false))
            {
                yield return found;
            }
        }

        if (options.CodeQueries.Count == 0)
        {
            yield break;
        }

        if (!connection.HasToken)
        {
            context.Note("github-code-search", "skipped: GitHub allows code search only with a token");
            yield break;
        }

        foreach (var query in options.CodeQueries)
        {
            await foreach (var found in SearchCodeAsync(query, context, cancellation).ConfigureAwait(false))
            {
                yield return found;
            }
        }
    }

    private async IAsyncEnumerable<DiscoveredRepository> SearchTopicAsync(string topic, DiscoveryContext context, [EnumeratorCancellation] CancellationToken cancellation)
    {
        // Windows lie on a fixed grid (power-of-two lengths from CreatedFrom), so the same window is the same request
        // run after run and its pages are answered 304; the root grows only when now passes its end, every few years.
        var origin = options.CreatedFrom;
        var rootSeconds = 1L;
        while (origin.AddSeconds(rootSeconds) <= connection.Options.Clock.GetUtcNow())
        {
            rootSeconds *= 2;
        }

        var windows = new Stack<(DateTimeOffset From, long Seconds)>();
        windows.Push((origin, rootSeconds));
        while (windows.Count > 0)
        {
            var (from, seconds) = windows.Pop();
            var to = from.AddSeconds(seconds - 1);
            var (first, hasNext) = await SearchRepositoriesAsync(topic, from, to, 1, cancellation).ConfigureAwait(false);
            if (first.TotalCount > ResultCap && seconds > SmallestWindowSeconds)
            {
                var half = seconds / 2;
                windows.Push((from.AddSeconds(half), half));
                windows.Push((from, half));
                continue;
            }

            if (first.TotalCount > ResultCap)
            {
                context.Note($"github-search topic:{topic}", $"{first.TotalCount} repositories created {from:u}..{to:u}; search lists only {ResultCap} of them");
            }

            foreach (var found in Discovered(first.Items, $"github-search topic:{topic}"))
            {
                yield return found;
            }

            for (var page = 2; hasNext && (page - 1) * PageSize < ResultCap; page++)
            {
                cancellation.ThrowIfCancellationRequested();
                (var next, hasNext) = await SearchRepositoriesAsync(topic, from, to, page, cancellation).ConfigureAwait(false);
                foreach (var found in Discovered(next.Items, $"github-search topic:{topic}"))
                {
                    yield return found;
                }
            }
        }
    }

    private async IAsyncEnumerable<DiscoveredRepository> SearchCodeAsync(CodeSearchQuery query, DiscoveryContext context, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var hasNext = true;
        for (var page = 1; hasNext && (page - 1) * PageSize < ResultCap; page++)
        {
            var request = new SearchCodeRequest(query.Terms) { PerPage = PageSize, Page = page };
            if (query.FileName is not null)
            {
                request.FileName = query.FileName;
            }

            if (query.Extension is not null)
            {
                request.Extensions = [query.Extension];
            }

            var scope = new RequestScope { Replayable = true, Compact = CompactCodeResults };
            var result = await SendAsync(scope, () => connection.Client.Search.SearchCode(request), $"code search {query}").ConfigureAwait(false);
            hasNext = scope.HasNextPage;
            if (page == 1 && result.TotalCount > ResultCap)
            {
                context.Note($"github-code-search {query}", $"{result.TotalCount} files match; search lists only {ResultCap} of them");
            }

            foreach (var found in Discovered((result.Items ?? []).Select(i => i.Repository).Where(r => r is not null), $"github-code-search {query}"))
            {
                yield return found;
            }
        }
    }

    private async Task<(SearchRepositoryResult Result, bool HasNext)> SearchRepositoriesAsync(
        string topic, DateTimeOffset from, DateTimeOffset to, int page, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var request = new SearchRepositoriesRequest
        {
            Topic = topic,
            Created = DateRange.Between(from, to),
            PerPage = PageSize,
            Page = page,
        };
        var scope = new RequestScope { Replayable = true, Compact = CompactRepositoryResults };
        var result = await SendAsync(scope, () => connection.Client.Search.SearchRepo(request), $"topic:{topic} page {page}").ConfigureAwait(false);
        return (result, scope.HasNextPage);
    }

    /// <summary>Sends one search request; every failure becomes a <see cref="SourceUnavailableException"/> with a readable reason.</summary>
    private static async Task<T> SendAsync<T>(RequestScope scope, Func<Task<T>> call, string what)
    {
        try
        {
            return await scope.Run(call).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            var outcome = GitHubFailures.ToOutcome(ex, what);
            throw new SourceUnavailableException($"{what}: {outcome.Reason}", ex);
        }
    }

    private static IEnumerable<DiscoveredRepository> Discovered(IEnumerable<Octokit.Repository>? items, string source)
    {
        foreach (var item in items ?? [])
        {
            if (RepositoryNames.IsValid(item.FullName))
            {
                yield return new DiscoveredRepository { Repository = item.FullName, GitHubId = item.Id == 0 ? null : item.Id, Source = source };
            }
        }
    }

    /// <summary>A cached search page keeps only what discovery reads: a page of a hundred full repositories is a hundred times larger.</summary>
    private static string CompactRepositoryResults(string body) => Compact(body, item => Pick(item, "id", "full_name"));

    private static string CompactCodeResults(string body) => Compact(body, item =>
        new JsonObject { ["repository"] = item["repository"] is JsonObject repository ? Pick(repository, "id", "full_name") : null });

    private static string Compact(string body, Func<JsonObject, JsonObject> keep)
    {
        try
        {
            if (JsonNode.Parse(body) is not JsonObject page)
            {
                return body;
            }

            var items = new JsonArray();
            foreach (var item in page["items"] as JsonArray ?? [])
            {
                if (item is JsonObject entry)
                {
                    items.Add(keep(entry));
                }
            }

            return new JsonObject
            {
                ["total_count"] = page["total_count"]?.DeepClone(),
                ["incomplete_results"] = page["incomplete_results"]?.DeepClone(),
                ["items"] = items,
            }.ToJsonString();
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static JsonObject Pick(JsonObject source, params string[] names)
    {
        var picked = new JsonObject();
        foreach (var name in names)
        {
            picked[name] = source[name]?.DeepClone();
        }

        return picked;
    }
}
