using Catalog.Crawler.Sources;
using Catalog.Domain.Crawling;

namespace Catalog.Cli.Stages;

/// <summary>A network crawl's results counted per repository (for the summary) and per server (for the run record).</summary>
public sealed class CrawlTally
{
    public int Seen { get; private set; }
    public int New { get; private set; }
    public int Changed { get; private set; }
    public int Unchanged { get; private set; }
    public int Failed { get; private set; }

    /// <summary>Gone, empty, duplicate or withdrawn repositories: passed over with a reason, not a failure.</summary>
    public int Skipped { get; private set; }

    /// <summary>Not fetched because the rate limit or the request budget ran out: the run is incomplete.</summary>
    public int NotReached { get; private set; }

    public int DiscoveryFailures { get; private set; }

    public CrawlRunCounts Servers { get; private set; } = new();

    /// <summary>True when the run must report a partial failure: something failed or was left undone.</summary>
    public bool Incomplete => Failed > 0 || NotReached > 0 || DiscoveryFailures > 0;

    public void Add(RepositoryCrawlResult result, IReadOnlyList<SnapshotOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var outcome in outcomes)
        {
            Servers = Servers.Add(outcome);
        }

        switch (result.Status)
        {
            case FetchStatus.DiscoveryFailed:
                DiscoveryFailures++;
                return;
            case FetchStatus.DiscoveryNote:
                return;
        }

        Seen++;
        switch (result.Status)
        {
            case FetchStatus.NotModified:
            case FetchStatus.HeadUnchanged:
            case FetchStatus.Fetched:
                if (outcomes.Any(o => o.Kind == SnapshotChange.New))
                {
                    New++;
                }
                else if (outcomes.Any(o => o.Kind == SnapshotChange.Changed))
                {
                    Changed++;
                }
                else
                {
                    Unchanged++;
                }

                break;
            case FetchStatus.Failed:
                Failed++;
                Servers = Servers with { ServersFailed = Servers.ServersFailed + 1 };
                break;
            case FetchStatus.RateLimited:
            case FetchStatus.BudgetExhausted:
            case FetchStatus.NotReached:
                NotReached++;
                break;
            default:
                Skipped++;
                break;
        }
    }
}
