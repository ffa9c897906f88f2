using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalog.Testing.GitHub;

/// <summary>
/// A GitHub REST API (and MCP registry) on 127.0.0.1 with a free port, answering exactly the endpoints the crawler
/// uses, over real HTTP: repository metadata with ETags and 304s, head commits, recursive trees, blobs, contents,
/// READMEs, repository and code search (1,000-result cap, Link pagination), rate-limit headers, and the registry's
/// <c>/v0.1/servers</c>. Faults are switched through <see cref="Faults"/>; every request is counted in <see cref="Requests"/>.
/// </summary>
public sealed class FakeGitHubServer : IAsyncDisposable
{
    private const int SearchCap = 1000;

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, FakeRepository> repositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeRegistryEntry> registry = [];
    private long remaining;
    private long nextId = 1000;

    private FakeGitHubServer(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>The API root to give the crawler (<c>--github-api-url</c>), ending in '/'.</summary>
    public Uri ApiUrl { get; private set; } = null!;

    /// <summary>The registry root (<c>--registry-url</c>); the same server.</summary>
    public Uri RegistryUrl => ApiUrl;

    public FakeFaults Faults { get; } = new();

    public RequestCounter Requests { get; } = new();

    /// <summary>The primary limit's size, reported in X-RateLimit-Limit; large by default so tests never hit it by accident.</summary>
    public long RateLimit { get; init; } = 1_000_000;

    /// <summary>Bearer or token values the server saw (to check a token is sent, and sent only here).</summary>
    public ConcurrentBag<string> AuthorizationsSeen { get; } = [];

    /// <summary>Every request's path and query with its status, in arrival order, for tests that check what was asked.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public IReadOnlyCollection<FakeRepository> Repositories => [.. repositories.Values.OrderBy(r => r.Id)];

    public static async Task<FakeGitHubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeGitHubServer(app);
        server.Map();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ApiUrl = new Uri(address.TrimEnd('/') + "/");
        server.remaining = server.RateLimit;
        return server;
    }

    public FakeRepository Add(string owner, string name, DateTimeOffset? createdAt = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var repository = new FakeRepository(id, owner, name, createdAt ?? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(id - 1000));
        if (!repositories.TryAdd(repository.FullName, repository))
        {
            throw new InvalidOperationException($"{repository.FullName} already exists.");
        }

        return repository;
    }

    /// <summary>Serves every sub-folder of <paramref name="folder"/> (e.g. the bundled samples) as <c>owner/folder-name</c>.</summary>
    public IReadOnlyList<FakeRepository> AddFolders(string owner, string folder)
    {
        var added = new List<FakeRepository>();
        foreach (var dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            added.Add(Add(owner, Path.GetFileName(dir)).AddFolder(dir));
        }

        return added;
    }

    public void Remove(string fullName) => repositories.TryRemove(fullName, out _);

    public FakeRepository Get(string fullName) => repositories[fullName];

    public void AddRegistryEntry(FakeRegistryEntry entry)
    {
        lock (registry)
        {
            registry.Add(entry);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private void Map()
    {
        app.Use(async (context, next) =>
        {
            var kind = Classify(context.Request.Path.Value ?? "");
            context.Items[nameof(EndpointKind)] = kind;
            if (context.Request.Headers.Authorization.FirstOrDefault() is { } authorization)
            {
                AuthorizationsSeen.Add(authorization);
            }

            context.Response.OnStarting(() =>
            {
                Requests.Record(kind, context.Response.StatusCode);
                Log.Enqueue($"{context.Response.StatusCode} {context.Request.Path}{context.Request.QueryString}");
                if (kind != EndpointKind.Registry)
                {
                    AddRateLimitHeaders(context.Response);
                }

                return Task.CompletedTask;
            });

            var delay = Faults.Latency + TimeSpan.FromMilliseconds(Faults.Take(FakeFaults.FaultKind.Slow, kind) ?? 0);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }

            if (await RefuseAsync(context, kind).ConfigureAwait(false))
            {
                return;
            }

            await next(context).ConfigureAwait(false);
        });

        app.MapGet("/repos/{owner}/{repo}", Repository);
        app.MapGet("/repos/{owner}/{repo}/commits/{**reference}", Commit);
        app.MapGet("/repos/{owner}/{repo}/branches/{**branch}", Branch);
        app.MapGet("/repos/{owner}/{repo}/git/trees/{**sha}", Tree);
        app.MapGet("/repos/{owner}/{repo}/git/blobs/{sha}", Blob);
        app.MapGet("/repos/{owner}/{repo}/contents/{**path}", Contents);
        app.MapGet("/repos/{owner}/{repo}/readme", Readme);
        app.MapGet("/search/repositories", SearchRepositories);
        app.MapGet("/search/code", SearchCode);
        app.MapGet("/rate_limit", RateLimitStatus);
        app.MapGet("/v0.1/servers", RegistryServers);
    }

    private static EndpointKind Classify(string path)
    {
        var parts = path.Trim('/').Split('/');
        return parts switch
        {
            ["v0.1", "servers", ..] => EndpointKind.Registry,
            ["search", "repositories"] => EndpointKind.SearchRepositories,
            ["search", "code"] => EndpointKind.SearchCode,
            ["rate_limit"] => EndpointKind.RateLimit,
            ["repos", _, _] => EndpointKind.Repository,
            ["repos", _, _, "commits", ..] => EndpointKind.Commit,
            ["repos", _, _, "branches", ..] => EndpointKind.Branch,
            ["repos", _, _, "git", "trees", ..] => EndpointKind.Tree,
            ["repos", _, _, "git", "blobs", ..] => EndpointKind.Blob,
            ["repos", _, _, "contents", ..] => EndpointKind.Contents,
            ["repos", _, _, "readme"] => EndpointKind.Readme,
            _ => EndpointKind.Other,
        };
    }

    /// <summary>Answers a request with a fault instead of its result when one applies; true when it did.</summary>
    private async Task<bool> RefuseAsync(HttpContext context, EndpointKind kind)
    {
        // The registry is not GitHub: it has no GitHub rate limits, but it can fail like any server.
        if (kind != EndpointKind.Registry && Faults.RateLimitResetAt is not null)
        {
            context.Response.StatusCode = 403;
            await WriteJson(context, FakeJson.Message("API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit.)")).ConfigureAwait(false);
            return true;
        }

        if (kind != EndpointKind.Registry && Faults.Take(FakeFaults.FaultKind.Secondary, kind) is { } retryAfter)
        {
            context.Response.StatusCode = 403;
            context.Response.Headers["Retry-After"] = retryAfter.ToString(CultureInfo.InvariantCulture);
            await WriteJson(context, FakeJson.Message("You have exceeded a secondary rate limit. Please wait a few minutes before you try again.")).ConfigureAwait(false);
            return true;
        }

        if (Faults.Take(FakeFaults.FaultKind.ServerError, kind) is { } status)
        {
            context.Response.StatusCode = status;
            await WriteJson(context, FakeJson.Message("Server Error")).ConfigureAwait(false);
            return true;
        }

        var path = (context.Request.Path.Value ?? "").Trim('/').Split('/');
        if (path is ["repos", var owner, var name, ..] && Faults.IsBroken($"{owner}/{name}"))
        {
            context.Response.StatusCode = 500;
            await WriteJson(context, FakeJson.Message("Server Error")).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    private void AddRateLimitHeaders(HttpResponse response)
    {
        var reset = Faults.RateLimitResetAt;
        long left;
        if (reset is not null)
        {
            left = 0;
        }
        else if (response.StatusCode == 304)
        {
            left = Interlocked.Read(ref remaining);
        }
        else
        {
            left = Math.Max(0, Interlocked.Decrement(ref remaining));
        }

        var resetAt = reset ?? DateTimeOffset.UtcNow.AddHours(1);
        response.Headers["X-RateLimit-Limit"] = RateLimit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = left.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = Math.Ceiling(resetAt.ToUnixTimeMilliseconds() / 1000.0).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Used"] = (RateLimit - left).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Resource"] = "core";
    }

    private FakeRepository? Find(HttpContext context) =>
        repositories.GetValueOrDefault($"{context.Request.RouteValues["owner"]}/{context.Request.RouteValues["repo"]}");

    private async Task Repository(HttpContext context)
    {
        if (Find(context) is not { } repository)
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        var current = repository.Current;
        await WriteJson(context, current.MetadataJson, current.ETag).ConfigureAwait(false);
    }

    private async Task Commit(HttpContext context)
    {
        if (Find(context) is not { } repository)
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        var current = repository.Current;
        if (current.HeadCommit is null)
        {
            context.Response.StatusCode = 409;
            await WriteJson(context, FakeJson.Message("Git Repository is empty.")).ConfigureAwait(false);
            return;
        }

        var reference = context.Request.RouteValues["reference"] as string;
        if (reference != repository.DefaultBranch && reference != current.HeadCommit)
        {
            context.Response.StatusCode = 422;
            await WriteJson(context, FakeJson.Message($"No commit found for SHA: {reference}")).ConfigureAwait(false);
            return;
        }

        if (context.Request.Headers.Accept.ToString().Contains("sha", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "application/vnd.github.sha";
            await context.Response.WriteAsync(current.HeadCommit).ConfigureAwait(false);
            return;
        }

        await WriteJson(context, new JsonObject
        {
            ["sha"] = current.HeadCommit,
            ["commit"] = new JsonObject { ["message"] = "update", ["tree"] = new JsonObject { ["sha"] = current.HeadCommit } },
        }).ConfigureAwait(false);
    }

    private async Task Branch(HttpContext context)
    {
        if (Find(context) is not { } repository || repository.Current.HeadCommit is not { } head
            || context.Request.RouteValues["branch"] as string != repository.DefaultBranch)
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        await WriteJson(context, new JsonObject
        {
            ["name"] = repository.DefaultBranch,
            ["commit"] = new JsonObject { ["sha"] = head },
            ["protected"] = false,
        }).ConfigureAwait(false);
    }

    private async Task Tree(HttpContext context)
    {
        if (Find(context) is not { } repository || repository.Current.HeadCommit is not { } head)
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        var sha = context.Request.RouteValues["sha"] as string;
        if (sha != head && sha != repository.DefaultBranch)
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        var current = repository.Current;
        var recursive = context.Request.Query.ContainsKey("recursive");
        var entries = new List<JsonObject>();
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, blob) in current.BlobByPath)
        {
            var parts = path.Split('/');
            if (!recursive && parts.Length > 1)
            {
                folders.Add(parts[0]);
                continue;
            }

            for (var i = 1; i < parts.Length; i++)
            {
                folders.Add(string.Join('/', parts[..i]));
            }

            entries.Add(new JsonObject
            {
                ["path"] = path,
                ["mode"] = "100644",
                ["type"] = "blob",
                ["sha"] = blob,
                ["size"] = current.Files[path].Length,
            });
        }

        entries.AddRange(folders.Select(f => new JsonObject { ["path"] = f, ["mode"] = "040000", ["type"] = "tree", ["sha"] = Hash(f) }));
        entries.Sort((a, b) => string.CompareOrdinal((string?)a["path"], (string?)b["path"]));
        var truncated = Faults.TruncateTrees && recursive;
        if (truncated)
        {
            entries = entries.Take(entries.Count / 2).ToList();
        }

        await WriteJson(context, new JsonObject
        {
            ["sha"] = head,
            ["url"] = $"{ApiUrl}repos/{repository.FullName}/git/trees/{head}",
            ["tree"] = new JsonArray([.. entries]),
            ["truncated"] = truncated,
        }).ConfigureAwait(false);
    }

    private async Task Blob(HttpContext context)
    {
        var sha = context.Request.RouteValues["sha"] as string ?? "";
        if (Find(context) is not { } repository || !repository.Current.ContentByBlob.TryGetValue(sha, out var content))
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        await WriteJson(context, new JsonObject
        {
            ["sha"] = sha,
            ["node_id"] = $"B_{sha[..8]}",
            ["size"] = content.Length,
            ["url"] = $"{ApiUrl}repos/{repository.FullName}/git/blobs/{sha}",
            ["content"] = Base64Lines(content),
            ["encoding"] = "base64",
        }, $"\"{sha}\"").ConfigureAwait(false);
    }

    private async Task Contents(HttpContext context)
    {
        var path = context.Request.RouteValues["path"] as string ?? "";
        if (Find(context) is not { } repository || !repository.Current.Files.TryGetValue(path, out var content))
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        await WriteFile(context, repository, path, content).ConfigureAwait(false);
    }

    private async Task Readme(HttpContext context)
    {
        if (Find(context) is not { } repository)
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        var readme = repository.Current.Files.Keys.FirstOrDefault(p => !p.Contains('/', StringComparison.Ordinal) && p.StartsWith("readme", StringComparison.OrdinalIgnoreCase));
        if (readme is null)
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        await WriteFile(context, repository, readme, repository.Current.Files[readme]).ConfigureAwait(false);
    }

    private async Task WriteFile(HttpContext context, FakeRepository repository, string path, byte[] content)
    {
        var sha = FakeRepository.GitBlobSha(content);
        if (context.Request.Headers.Accept.ToString().Contains("raw", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "application/vnd.github.v3.raw";
            context.Response.Headers.ETag = $"\"{sha}\"";
            await context.Response.Body.WriteAsync(content).ConfigureAwait(false);
            return;
        }

        await WriteJson(context, new JsonObject
        {
            ["type"] = "file",
            ["encoding"] = "base64",
            ["size"] = content.Length,
            ["name"] = path[(path.LastIndexOf('/') + 1)..],
            ["path"] = path,
            ["content"] = Base64Lines(content),
            ["sha"] = sha,
            ["url"] = $"{ApiUrl}repos/{repository.FullName}/contents/{path}",
            ["git_url"] = $"{ApiUrl}repos/{repository.FullName}/git/blobs/{sha}",
            ["html_url"] = $"https://github.com/{repository.FullName}/blob/{repository.DefaultBranch}/{path}",
            ["download_url"] = $"https://raw.githubusercontent.com/{repository.FullName}/{repository.DefaultBranch}/{path}",
        }, $"\"{sha}\"").ConfigureAwait(false);
    }

    private async Task SearchRepositories(HttpContext context)
    {
        var query = SearchQuery.Parse(context.Request.Query["q"].ToString());
        var matches = repositories.Values
            .Where(r => query.Topic is null || r.Topics.Contains(query.Topic, StringComparer.OrdinalIgnoreCase))
            .Where(r => (query.CreatedFrom is null || r.CreatedAt >= query.CreatedFrom) && (query.CreatedTo is null || r.CreatedAt <= query.CreatedTo))
            .Where(r => query.Terms.All(t => r.FullName.Contains(t, StringComparison.OrdinalIgnoreCase) || (r.Description ?? "").Contains(t, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToList();
        await WriteSearchPage(context, matches.Count, matches.Select(r => (JsonNode)FakeJson.RepositoryNode(r, r.Stars, r.Description, r.Topics))).ConfigureAwait(false);
    }

    private async Task SearchCode(HttpContext context)
    {
        if (string.IsNullOrEmpty(context.Request.Headers.Authorization))
        {
            context.Response.StatusCode = 401;
            await WriteJson(context, FakeJson.Message("Requires authentication")).ConfigureAwait(false);
            return;
        }

        var query = SearchQuery.Parse(context.Request.Query["q"].ToString());
        var items = new List<JsonNode>();
        foreach (var repository in repositories.Values.OrderBy(r => r.Id))
        {
            foreach (var (path, content) in repository.Current.Files)
            {
                var name = path[(path.LastIndexOf('/') + 1)..];
                if ((query.FileName is not null && !string.Equals(name, query.FileName, StringComparison.OrdinalIgnoreCase))
                    || (query.Extension is not null && !name.EndsWith("." + query.Extension, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var text = Encoding.UTF8.GetString(content);
                if (query.Terms.All(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)))
                {
                    items.Add(new JsonObject
                    {
                        ["name"] = name,
                        ["path"] = path,
                        ["sha"] = FakeRepository.GitBlobSha(content),
                        ["html_url"] = $"https://github.com/{repository.FullName}/blob/{repository.DefaultBranch}/{path}",
                        ["repository"] = FakeJson.RepositoryNode(repository, repository.Stars, repository.Description, repository.Topics),
                        ["score"] = 1.0,
                    });
                }
            }
        }

        await WriteSearchPage(context, items.Count, items).ConfigureAwait(false);
    }

    /// <summary>One page of results with GitHub's cap, Link header and a conditional ETag over the page.</summary>
    private async Task WriteSearchPage(HttpContext context, int total, IEnumerable<JsonNode> all)
    {
        var page = int.TryParse(context.Request.Query["page"], out var p) && p > 0 ? p : 1;
        var perPage = int.TryParse(context.Request.Query["per_page"], out var n) ? Math.Clamp(n, 1, 100) : 30;
        if ((page - 1) * perPage >= SearchCap && total > 0)
        {
            context.Response.StatusCode = 422;
            await WriteJson(context, FakeJson.Message("Only the first 1000 search results are available")).ConfigureAwait(false);
            return;
        }

        var reachable = Math.Min(total, SearchCap);
        var items = all.Skip((page - 1) * perPage).Take(perPage).ToList();
        var last = Math.Max(1, (int)Math.Ceiling(reachable / (double)perPage));
        var links = new List<string>();
        if (page < last)
        {
            links.Add($"<{PageUrl(context, page + 1)}>; rel=\"next\"");
            links.Add($"<{PageUrl(context, last)}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{PageUrl(context, 1)}>; rel=\"first\"");
            links.Add($"<{PageUrl(context, page - 1)}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            context.Response.Headers["Link"] = string.Join(", ", links);
        }

        var body = new JsonObject
        {
            ["total_count"] = total,
            ["incomplete_results"] = false,
            ["items"] = new JsonArray([.. items]),
        }.ToJsonString();
        await WriteJson(context, body, $"W/\"{Hash(body + context.Response.Headers["Link"])}\"").ConfigureAwait(false);
    }

    private string PageUrl(HttpContext context, int page)
    {
        var query = context.Request.Query.Where(q => q.Key != "page").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}");
        return $"{ApiUrl}{context.Request.Path.Value!.TrimStart('/')}?{string.Join('&', query)}&page={page}";
    }

    private async Task RateLimitStatus(HttpContext context)
    {
        var left = Faults.RateLimitResetAt is null ? Interlocked.Read(ref remaining) : 0;
        var core = new JsonObject { ["limit"] = RateLimit, ["remaining"] = left, ["reset"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(), ["used"] = RateLimit - left };
        await WriteJson(context, new JsonObject { ["resources"] = new JsonObject { ["core"] = core.DeepClone() }, ["rate"] = core }).ConfigureAwait(false);
    }

    private async Task RegistryServers(HttpContext context)
    {
        var limit = int.TryParse(context.Request.Query["limit"], out var l) ? Math.Clamp(l, 1, 100) : 30;
        var cursor = context.Request.Query["cursor"].ToString();
        DateTimeOffset? since = DateTimeOffset.TryParse(context.Request.Query["updated_since"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var s) ? s : null;
        List<FakeRegistryEntry> entries;
        lock (registry)
        {
            entries = [.. registry.Where(e => since is null || e.UpdatedAt > since).OrderBy(e => e.Name, StringComparer.Ordinal)];
        }

        var start = string.IsNullOrEmpty(cursor) ? 0 : entries.FindIndex(e => string.CompareOrdinal(e.Name, cursor) > 0);
        var page = start < 0 ? [] : entries.Skip(start).Take(limit).ToList();
        var more = start >= 0 && start + page.Count < entries.Count;
        var servers = page.Select(e => (JsonNode)new JsonObject
        {
            ["server"] = new JsonObject
            {
                ["name"] = e.Name,
                ["description"] = $"Registry entry {e.Name}",
                ["version"] = "1.0.0",
                ["repository"] = e.RepositoryUrl is null ? null : new JsonObject { ["url"] = e.RepositoryUrl, ["source"] = e.Source, ["id"] = e.RepositoryId },
                ["packages"] = new JsonArray(),
                ["remotes"] = new JsonArray(),
            },
            ["_meta"] = new JsonObject
            {
                ["io.modelcontextprotocol.registry/official"] = new JsonObject
                {
                    ["status"] = e.Status,
                    ["updatedAt"] = FakeJson.Time(e.UpdatedAt),
                    ["isLatest"] = true,
                },
            },
        });
        await WriteJson(context, new JsonObject
        {
            ["servers"] = new JsonArray([.. servers]),
            ["metadata"] = new JsonObject { ["nextCursor"] = more ? page[^1].Name : null, ["count"] = page.Count },
        }).ConfigureAwait(false);
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return WriteJsonCore(context, FakeJson.Message("Not Found").ToJsonString(), null, malformed: false);
    }

    private Task WriteJson(HttpContext context, JsonNode body, string? etag = null) => WriteJson(context, body.ToJsonString(), etag);

    /// <summary>Writes a JSON reply, answering 304 when the client already has this entity, or cutting it short when a fault says so.</summary>
    private Task WriteJson(HttpContext context, string body, string? etag = null)
    {
        var kind = context.Items[nameof(EndpointKind)] is EndpointKind k ? k : EndpointKind.Other;
        if (etag is not null && context.Response.StatusCode == 200
            && context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Select(x => x.Trim()).Contains(etag)))
        {
            context.Response.StatusCode = 304;
            context.Response.Headers.ETag = etag;
            return Task.CompletedTask;
        }

        var malformed = context.Response.StatusCode == 200 && Faults.Take(FakeFaults.FaultKind.Malformed, kind) is not null;
        return WriteJsonCore(context, body, etag, malformed);
    }

    private static Task WriteJsonCore(HttpContext context, string body, string? etag, bool malformed)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        return context.Response.WriteAsync(malformed ? body[..(body.Length / 2)] + "\u0001{" : body);
    }

    private static string Base64Lines(byte[] content)
    {
        // GitHub wraps base64 content at 60 characters; clients must cope with the line breaks.
        var text = Convert.ToBase64String(content);
        var lines = new StringBuilder();
        for (var i = 0; i < text.Length; i += 60)
        {
            lines.Append(text, i, Math.Min(60, text.Length - i)).Append('\n');
        }

        return lines.ToString();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
}
