using Catalog.Crawler.Repositories;
using Catalog.Crawler.Sources;
using Catalog.Crawler.Sources.AwesomeLists;
using Catalog.Crawler.Sources.GitHub;
using Catalog.Crawler.Sources.Registry;

namespace Catalog.Cli;

/// <summary>Builds repository sources from command-line values, with clear errors for missing folders and files.</summary>
public static class SourceFactory
{
    private const string TokenVariable = "GITHUB_TOKEN";

    public static IRepositorySource Local(DirectoryInfo folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!folder.Exists)
        {
            throw new CatalogUsageException($"source folder '{folder.FullName}' does not exist.");
        }

        var display = folder.FullName == Path.GetFullPath(DefaultPaths.Samples) ? "samples" : Path.GetRelativePath(Environment.CurrentDirectory, folder.FullName);
        return new LocalFolderSource(folder.FullName, display);
    }

    /// <summary>
    /// The network crawl: GitHub search always, the registry and awesome lists when asked for, every repository
    /// fetched through one GitHub connection. Says once when there is no token.
    /// </summary>
    public static RemoteCrawl Remote(CrawlSettings settings, CliConsole console, ConditionalResponseCache cache, RepositoryScanner scanner)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        var token = ReadToken(settings.TokenFile);
        if (token is null)
        {
            console.Log($"crawl: no GitHub token ({TokenVariable} or --token-file): anonymous limits apply (60 requests an hour) and code search is skipped");
        }

        var defaults = new GitHubOptions();
        var options = defaults with
        {
            ApiUrl = settings.GitHubApiUrl ?? GitHubOptions.PublicApiUrl,
            Token = token,
            MaxRequests = settings.MaxRequests,
            RetryBaseDelay = settings.RetryBaseDelay ?? defaults.RetryBaseDelay,
            MaxRetryDelay = settings.RetryBaseDelay is { } quick ? quick * 8 : defaults.MaxRetryDelay,
            MaxRateLimitWait = settings.MaxRateLimitWait ?? defaults.MaxRateLimitWait,
        };
        var connection = new GitHubConnection(options, cache);
        var owned = new List<IDisposable> { connection };
        // Curated sources go first: a deletion in the registry or an awesome list's tags are known before search names the same repository.
        var discoveries = new List<IRepositoryDiscovery>();
        var name = $"github:{Display(options.ApiUrl)}";
        if (settings.RegistryUrl is { } registryUrl)
        {
            var http = new HttpClient { Timeout = options.RequestTimeout };
            owned.Add(http);
            discoveries.Add(new RegistryDiscovery(http, new RegistryOptions { BaseUrl = registryUrl, RetryBaseDelay = settings.RetryBaseDelay ?? new RegistryOptions().RetryBaseDelay }));
            name += $" registry:{Display(registryUrl)}";
        }

        var readmes = new GitHubReadmeReader(connection);
        foreach (var list in settings.AwesomeLists)
        {
            discoveries.Add(new AwesomeListDiscovery(readmes, list));
            name += $" awesome:{list}";
        }

        discoveries.Add(new GitHubSearchDiscovery(connection));
        var crawler = new RepositoryCrawler(discoveries, new GitHubRepositoryFetcher(connection, scanner), settings.Concurrency);
        return new RemoteCrawl(name, crawler, connection, owned);
    }

    private static GitHubToken? ReadToken(FileInfo? file)
    {
        string? text;
        if (file is not null)
        {
            if (!file.Exists)
            {
                throw new CatalogUsageException($"token file '{file.FullName}' does not exist.");
            }

            text = File.ReadAllText(file.FullName);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CatalogUsageException($"token file '{file.FullName}' is empty.");
            }
        }
        else
        {
            text = Environment.GetEnvironmentVariable(TokenVariable);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
        }

        try
        {
            return new GitHubToken(text);
        }
        catch (ArgumentException)
        {
            // The message names where the token came from, never what it holds.
            throw new CatalogUsageException(file is null ? $"{TokenVariable} does not hold a single token." : $"token file '{file.FullName}' does not hold a single token.");
        }
    }

    /// <summary>An address for records and logs: user information (a credential, on some servers) is left out.</summary>
    private static string Display(Uri url) => new UriBuilder(url) { UserName = "", Password = "" }.Uri.AbsoluteUri;
}
