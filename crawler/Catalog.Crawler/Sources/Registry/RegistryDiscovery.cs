using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Catalog.Crawler.Sources.Registry;

/// <summary>
/// Discovers servers listed in the MCP registry (<c>GET /v0.1/servers?limit=&amp;cursor=&amp;updated_since=</c>).
/// A server marked deleted is withdrawn from the crawl (even if an earlier run had it); a deprecated one is crawled
/// and tagged <c>deprecated</c>; one whose code is not on GitHub is noted and passed over.
/// </summary>
public sealed class RegistryDiscovery : IRepositoryDiscovery
{
    private const int MaxNameLength = 200;

    private readonly HttpClient http;
    private readonly RegistryOptions options;

    public RegistryDiscovery(HttpClient http, RegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.options = options;
    }

    public string Name => "registry";

    public bool IsCurated => true;

    public async IAsyncEnumerable<DiscoveredRepository> DiscoverAsync(DiscoveryContext context, [EnumeratorCancellation] CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? cursor = null;
        for (var pages = 0; pages < options.MaxPages; pages++)
        {
            var page = await ReadPageAsync(cursor, pages + 1, cancellation).ConfigureAwait(false);
            foreach (var entry in page.Entries)
            {
                if (Accept(entry, context) is { } found)
                {
                    yield return found;
                }
            }

            if (page.NextCursor is null || page.Entries.Count == 0 || page.NextCursor == cursor)
            {
                yield break;
            }

            cursor = page.NextCursor;
        }

        context.Fail(Name, $"stopped after {options.MaxPages} pages: the cursor never ended");
    }

    private static DiscoveredRepository? Accept(RegistryEntry entry, DiscoveryContext context)
    {
        var name = entry.Name.Length > MaxNameLength ? entry.Name[..MaxNameLength] : entry.Name;
        var subject = $"registry {name}";
        var onGitHub = RepositoryNames.TryParseUrl(entry.RepositoryUrl, out var repository)
            && (entry.RepositorySource is null || string.Equals(entry.RepositorySource, "github", StringComparison.OrdinalIgnoreCase));
        var status = entry.Status?.ToLowerInvariant();
        if (status == "deleted")
        {
            if (onGitHub)
            {
                context.Suppress(repository, $"skipped: {name} is deleted in the registry");
            }
            else
            {
                context.Note(subject, "skipped: deleted in the registry");
            }

            return null;
        }

        if (!onGitHub)
        {
            context.Note(subject, entry.RepositoryUrl is null ? "skipped: the entry names no repository" : "skipped: its repository is not on GitHub");
            return null;
        }

        return new DiscoveredRepository
        {
            Repository = repository,
            GitHubId = long.TryParse(entry.RepositoryId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null,
            Tags = status == "deprecated" ? ["deprecated"] : [],
            Source = "registry",
        };
    }

    private async Task<RegistryPage> ReadPageAsync(string? cursor, int number, CancellationToken cancellation)
    {
        var uri = PageUri(cursor);
        for (var attempt = 1; ; attempt++)
        {
            string? failure;
            try
            {
                using var response = await http.GetAsync(uri, cancellation).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
                    try
                    {
                        return RegistryPage.Parse(body);
                    }
                    catch (JsonException ex)
                    {
                        throw new SourceUnavailableException($"page {number} is not a registry page: {ex.Message}", ex);
                    }
                }

                failure = $"HTTP {(int)response.StatusCode} on page {number}";
                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    throw new SourceUnavailableException(failure);
                }
            }
            catch (HttpRequestException ex)
            {
                failure = $"connection failed on page {number}: {ex.Message}";
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
                failure = $"no reply within the timeout on page {number}";
            }

            if (attempt >= options.MaxAttempts)
            {
                throw new SourceUnavailableException($"{failure} after {attempt} attempts");
            }

            var delay = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1) * (0.5 + (Random.Shared.NextDouble() / 2));
            await Task.Delay(TimeSpan.FromMilliseconds(delay), cancellation).ConfigureAwait(false);
        }
    }

    private Uri PageUri(string? cursor)
    {
        var root = options.BaseUrl.AbsoluteUri.EndsWith('/') ? options.BaseUrl.AbsoluteUri : options.BaseUrl.AbsoluteUri + "/";
        var query = $"v0.1/servers?limit={options.PageSize.ToString(CultureInfo.InvariantCulture)}";
        if (cursor is not null)
        {
            query += "&cursor=" + Uri.EscapeDataString(cursor);
        }

        if (options.UpdatedSince is { } since)
        {
            query += "&updated_since=" + Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        return new Uri(new Uri(root), query);
    }
}
