using System.Globalization;
using Catalog.Bench;

if (args is not ["crawl", .. var rest])
{
    Console.Error.WriteLine("usage: Catalog.Bench crawl [--repos N] [--concurrency N]");
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

return await new CrawlBenchmark(repositories, concurrency, Console.Out).RunAsync();
