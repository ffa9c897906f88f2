using Catalog.Crawler.Sources;

namespace Catalog.Crawler.Tests.Sources;

/// <summary>Runs one discovery source to the end and keeps what it named and reported.</summary>
internal sealed class DiscoveryRun
{
    public List<DiscoveredRepository> Found { get; } = [];

    public List<(string Subject, string Reason, bool Failure)> Reports { get; } = [];

    public DiscoveryContext Context { get; }

    private DiscoveryRun() => Context = new DiscoveryContext((subject, reason, failure) => Reports.Add((subject, reason, failure)));

    public static async Task<DiscoveryRun> Of(IRepositoryDiscovery discovery)
    {
        var run = new DiscoveryRun();
        await foreach (var found in discovery.DiscoverAsync(run.Context, CancellationToken.None))
        {
            run.Found.Add(found);
        }

        return run;
    }
}
