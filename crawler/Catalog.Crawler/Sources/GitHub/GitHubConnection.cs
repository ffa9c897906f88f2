using System.Net;
using Octokit;
using Octokit.Internal;

namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// The one Octokit client of a run, pointed at <see cref="GitHubOptions.ApiUrl"/>, with the patient HTTP layer under
/// it. Shared by discovery and every fetch worker, so the rate limit, the budget and the counts are the run's.
/// </summary>
public sealed class GitHubConnection : IDisposable
{
    private readonly GitHubHttpClient http;

    public GitHubConnection(GitHubOptions options, ConditionalResponseCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Cache = cache ?? new ConditionalResponseCache();
        var adapter = new HttpClientAdapter(() => new SocketsHttpHandler
        {
            // Octokit follows redirects itself (renamed repositories answer 301).
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 64,
        });
        http = new GitHubHttpClient(adapter, options, Statistics, Cache);
        http.SetRequestTimeout(options.RequestTimeout);
        var credentials = options.Token is null ? Credentials.Anonymous : new Credentials(options.Token.Reveal());
        var baseAddress = options.ApiUrl.AbsoluteUri.EndsWith('/') ? options.ApiUrl : new Uri(options.ApiUrl.AbsoluteUri + "/");
        var connection = new Connection(
            new ProductHeaderValue("Catalog", typeof(GitHubConnection).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"),
            baseAddress,
            new InMemoryCredentialStore(credentials),
            http,
            new SimpleJsonSerializer());
        Client = new GitHubClient(connection);
    }

    public GitHubOptions Options { get; }

    public RequestStatistics Statistics { get; } = new();

    public ConditionalResponseCache Cache { get; }

    /// <summary>False for an anonymous crawl (lower limits, no code search).</summary>
    public bool HasToken => Options.Token is not null;

    internal GitHubClient Client { get; }

    public void Dispose() => http.Dispose();
}
