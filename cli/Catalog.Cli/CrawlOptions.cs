using System.CommandLine;
using Catalog.Crawler.Sources;

namespace Catalog.Cli;

/// <summary>The options <c>crawl</c> and <c>nightly</c> share for crawling GitHub, the MCP registry and awesome lists.</summary>
public sealed class CrawlOptions
{
    private readonly Option<string?> gitHubApiUrl = new("--github-api-url")
    {
        Description = "Crawl GitHub through this REST API root (https://api.github.com/, a GitHub Enterprise /api/v3/, or a test server).",
    };

    private readonly Option<string?> registryUrl = new("--registry-url")
    {
        Description = "Also discover servers listed in this MCP registry (e.g. https://registry.modelcontextprotocol.io/).",
    };

    private readonly Option<string[]> awesomeLists = new("--awesome-list")
    {
        Description = "Also discover the repositories an awesome list links to (owner/name); may be given several times.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<FileInfo?> tokenFile = new("--token-file")
    {
        Description = "Read the GitHub token from this file (otherwise from GITHUB_TOKEN). The token is never logged or stored.",
    };

    private readonly Option<long?> maxRequests = new("--max-requests")
    {
        Description = "Stop asking GitHub after this many requests; what was not reached is recorded as skipped.",
    };

    private readonly Option<int> concurrency = new("--concurrency")
    {
        Description = "Repositories fetched at once.",
        DefaultValueFactory = _ => 4,
    };

    private readonly Option<int?> retryDelayMilliseconds = new("--retry-delay-ms") { Hidden = true };

    private readonly Option<int?> maxRateLimitWaitSeconds = new("--max-rate-limit-wait-s") { Hidden = true };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { gitHubApiUrl, registryUrl, awesomeLists, tokenFile, maxRequests, concurrency, retryDelayMilliseconds, maxRateLimitWaitSeconds })
        {
            command.Options.Add(option);
        }
    }

    /// <exception cref="CatalogUsageException">A value is out of range or not a URL.</exception>
    public CrawlSettings Read(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var lists = parsed.GetValue(awesomeLists) ?? [];
        foreach (var list in lists)
        {
            if (!RepositoryNames.IsValid(list))
            {
                throw new CatalogUsageException($"--awesome-list '{list}' is not a GitHub repository (owner/name).");
            }
        }

        var budget = parsed.GetValue(maxRequests);
        if (budget is < 1)
        {
            throw new CatalogUsageException("--max-requests must be at least 1.");
        }

        var workers = parsed.GetValue(concurrency);
        if (workers is < 1 or > 64)
        {
            throw new CatalogUsageException("--concurrency must be between 1 and 64.");
        }

        return new CrawlSettings
        {
            GitHubApiUrl = Url(parsed.GetValue(gitHubApiUrl), "--github-api-url"),
            RegistryUrl = Url(parsed.GetValue(registryUrl), "--registry-url"),
            AwesomeLists = lists,
            TokenFile = parsed.GetValue(tokenFile),
            MaxRequests = budget,
            Concurrency = workers,
            RetryBaseDelay = parsed.GetValue(retryDelayMilliseconds) is { } ms ? TimeSpan.FromMilliseconds(Math.Max(ms, 0)) : null,
            MaxRateLimitWait = parsed.GetValue(maxRateLimitWaitSeconds) is { } s ? TimeSpan.FromSeconds(Math.Max(s, 0)) : null,
        };
    }

    private static Uri? Url(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new CatalogUsageException($"{option} '{text}' is not an http or https address.");
        }

        return url;
    }
}
