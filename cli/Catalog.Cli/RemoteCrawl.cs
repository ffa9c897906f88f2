using Catalog.Crawler.Sources;
using Catalog.Crawler.Sources.GitHub;

namespace Catalog.Cli;

/// <summary>A network crawl, composed: the crawler, the GitHub connection it shares (counts, cache), and what to dispose.</summary>
public sealed class RemoteCrawl : IDisposable
{
    private readonly IReadOnlyList<IDisposable> owned;

    public RemoteCrawl(string name, RepositoryCrawler crawler, GitHubConnection connection, IReadOnlyList<IDisposable> owned)
    {
        Name = name;
        Crawler = crawler;
        Connection = connection;
        this.owned = owned;
    }

    /// <summary>What the run record names as its source, e.g. <c>github:https://api.github.com/ registry:... awesome:owner/name</c>; never a secret.</summary>
    public string Name { get; }

    public RepositoryCrawler Crawler { get; }

    public GitHubConnection Connection { get; }

    public void Dispose()
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }
    }
}
