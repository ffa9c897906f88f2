using System.Diagnostics;
using System.Globalization;
using Catalog.Cli;
using Catalog.Testing;
using Catalog.Testing.GitHub;

namespace Catalog.Bench;

/// <summary>
/// Crawls generated repositories from the fake GitHub twice with the real <c>catalog crawl</c> (in process, over real
/// HTTP) and prints what each crawl cost: requests per repository by kind, and repositories per second.
/// Targets: first crawl at most 3 API requests per repository plus its candidate files; unchanged re-crawl no
/// counted (non-304) request and at least 500 repositories a second.
/// </summary>
public sealed class CrawlBenchmark(int repositories, int concurrency, TextWriter output)
{
    public async Task<int> RunAsync()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        RepositoryGenerator.AddGenerated(server, repositories);
        using var temp = new TemporaryDirectory("catalog-bench");
        var database = temp.Combine("catalog.db");
        output.WriteLine($"bench: {repositories} generated repositories, concurrency {concurrency}, fake GitHub at {server.ApiUrl}");

        var first = Crawl(server, database, "first crawl");
        var second = Crawl(server, database, "unchanged re-crawl");

        var apiPerRepository = (first.Counted(EndpointKind.Repository) + first.Counted(EndpointKind.Branch) + first.Counted(EndpointKind.Tree)) / (double)repositories;
        var filesPerRepository = first.Counted(EndpointKind.Blob) / (double)repositories;
        var firstOk = apiPerRepository <= 3.0;
        var secondOk = second.CountedGitHub == 0 && second.RepositoriesPerSecond >= 500;
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first crawl:  {apiPerRepository:0.000} API requests per repository (metadata, head, tree) + {filesPerRepository:0.000} file requests; {first.Discovery} search requests in all; {first.RepositoriesPerSecond:0} repositories/s; target <= 3 API requests: {(firstOk ? "met" : "MISSED")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"re-crawl:     {second.CountedGitHub} counted requests ({second.CountedGitHub / (double)repositories:0.000} per repository), {second.NotModified} answered 304; {second.RepositoriesPerSecond:0} repositories/s; target 0 counted and >= 500/s: {(secondOk ? "met" : "MISSED")}"));
        return firstOk && secondOk ? 0 : 1;
    }

    private CrawlFigures Crawl(FakeGitHubServer server, string database, string label)
    {
        server.Requests.Reset();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var clock = Stopwatch.StartNew();
        var exit = CatalogApp.Run(
            ["crawl", "--db", database, "--github-api-url", server.ApiUrl.AbsoluteUri, "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture)],
            stdout,
            stderr);
        clock.Stop();
        var figures = new CrawlFigures(server.Requests, repositories / clock.Elapsed.TotalSeconds);
        output.WriteLine($"{label}: exit {exit} in {clock.Elapsed.TotalSeconds:0.00} s; requests: {server.Requests}");
        foreach (var line in stderr.ToString().Split('\n').Where(l => l.StartsWith("crawl: ", StringComparison.Ordinal) && l.Contains("repositories seen", StringComparison.Ordinal)))
        {
            output.WriteLine("  " + line.TrimEnd());
        }

        if (exit != 0)
        {
            output.WriteLine(stderr.ToString());
        }

        return figures;
    }

    private sealed record CrawlFigures
    {
        private readonly Dictionary<EndpointKind, int> counted;

        public CrawlFigures(RequestCounter requests, double repositoriesPerSecond)
        {
            counted = Enum.GetValues<EndpointKind>().ToDictionary(k => k, requests.CountedOf);
            CountedGitHub = requests.CountedGitHub;
            NotModified = requests.NotModified;
            Discovery = requests.Of(EndpointKind.SearchRepositories) + requests.Of(EndpointKind.SearchCode);
            RepositoriesPerSecond = repositoriesPerSecond;
        }

        public int CountedGitHub { get; }
        public int NotModified { get; }
        public int Discovery { get; }
        public double RepositoriesPerSecond { get; }

        public int Counted(EndpointKind kind) => counted[kind];
    }
}
