using System.Globalization;
using Catalog.Bench;
using Catalog.Testing.GitHub;

// crawl: the crawl benchmark. fake-github: serves generated repositories until Enter is pressed, to try
// `catalog crawl --github-api-url URL` by hand (on a terminal it shows the progress bar).
if (args is not [("crawl" or "fake-github") and var mode, .. var rest])
{
    Console.Error.WriteLine("usage: Catalog.Bench crawl [--repos N] [--concurrency N] | fake-github [--repos N]");
    return 2;
}

var repositories = 5000;
var concurrency = 4;
for (var i = 0; i + 1 < rest.Length; i += 2)
{
    switch (rest[i])
    {
        case "--repos":
            repositories = int.Parse(rest[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--concurrency":
            concurrency = int.Parse(rest[i + 1], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"unknown option {rest[i]}");
            return 2;
    }
}

if (mode == "crawl")
{
    return await new CrawlBenchmark(repositories, concurrency, Console.Out).RunAsync();
}

await using var server = await FakeGitHubServer.StartAsync();
RepositoryGenerator.AddGenerated(server, repositories);
server.Faults.Latency = TimeSpan.FromMilliseconds(20);
Console.WriteLine($"fake GitHub with {repositories} repositories at {server.ApiUrl} (20 ms a reply); Enter stops it");
Console.ReadLine();
return 0;
