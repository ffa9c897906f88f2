using System.Collections.Concurrent;
using System.Threading.Channels;
using Catalog.Domain.Crawling;
using Catalog.Domain.Servers;

namespace Catalog.Crawler.Sources;

/// <summary>
/// Crawls what the discovery sources name, plus every repository known from earlier runs: deduplicated by GitHub id,
/// then by name; fetched by a bounded number of workers; handed one at a time to a single writer on the calling
/// thread (SQLite has one writer). A repository's failure is a result like any other and never stops the crawl;
/// an exhausted rate limit or request budget stops further fetching, and what was not reached is reported so.
/// </summary>
public sealed class RepositoryCrawler
{
    private readonly IReadOnlyList<IRepositoryDiscovery> discoveries;
    private readonly IRepositoryFetcher fetcher;
    private readonly int concurrency;

    public RepositoryCrawler(IReadOnlyList<IRepositoryDiscovery> discoveries, IRepositoryFetcher fetcher, int concurrency = 4)
    {
        ArgumentNullException.ThrowIfNull(discoveries);
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        this.discoveries = discoveries;
        this.fetcher = fetcher;
        this.concurrency = concurrency;
    }

    public RepositoryCrawlProgress Progress { get; } = new();

    /// <summary>Runs the crawl to the end and calls <paramref name="write"/> on this thread for every result, in completion order.</summary>
    /// <param name="known">The state of every repository crawled before; those no source names this time are checked too.</param>
    /// <param name="write">Stores one result; an exception from it stops the crawl and is rethrown.</param>
    /// <param name="cancellation">Stops discovery and fetching; results already handed over stay written.</param>
    public void Run(IReadOnlyList<RepositoryState> known, Action<RepositoryCrawlResult> write, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(write);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var work = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(concurrency * 8) { SingleWriter = true });
        var results = Channel.CreateUnbounded<RepositoryCrawlResult>(new UnboundedChannelOptions { SingleReader = true });
        var crawl = new CrawlState(known);

        var producer = Task.Run(() => ProduceAsync(crawl, work.Writer, results.Writer, stop.Token), stop.Token);
        var workers = Enumerable.Range(0, concurrency)
            .Select(_ => Task.Run(() => WorkAsync(crawl, work.Reader, results.Writer, stop.Token), stop.Token))
            .ToArray();
        var everything = Task.WhenAll([producer, .. workers]);
        _ = everything.ContinueWith(_ => results.Writer.TryComplete(), TaskScheduler.Default);

        try
        {
            while (results.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
            {
                while (results.Reader.TryRead(out var result))
                {
                    write(result);
                    if (result.IsRepository)
                    {
                        Progress.AddCompleted();
                    }
                }
            }
        }
        catch
        {
            stop.Cancel();
            WaitQuietly(everything);
            throw;
        }

        everything.GetAwaiter().GetResult();
    }

    private async Task ProduceAsync(CrawlState crawl, ChannelWriter<WorkItem> work, ChannelWriter<RepositoryCrawlResult> results, CancellationToken cancellation)
    {
        try
        {
            var context = new DiscoveryContext((subject, reason, failure) => results.TryWrite(DiscoveryResult(subject, reason, failure)));
            crawl.Context = context;

            // Curated sources are read whole first (their tags and withdrawals must be known before anything is fetched),
            // then searches stream straight to the workers.
            var curated = new List<WorkItem>();
            foreach (var discovery in discoveries.Where(d => d.IsCurated))
            {
                await DiscoverAsync(discovery, crawl, context, item =>
                {
                    curated.Add(item);
                    return ValueTask.CompletedTask;
                }, cancellation).ConfigureAwait(false);
            }

            foreach (var item in curated)
            {
                await work.WriteAsync(item, cancellation).ConfigureAwait(false);
            }

            foreach (var discovery in discoveries.Where(d => !d.IsCurated))
            {
                await DiscoverAsync(discovery, crawl, context, item => work.WriteAsync(item, cancellation), cancellation).ConfigureAwait(false);
            }

            foreach (var state in crawl.Unclaimed())
            {
                if (state.Status == RepositoryStatus.Gone || context.IsSuppressed(state.Repository))
                {
                    continue;
                }

                var again = new DiscoveredRepository { Repository = state.Repository, GitHubId = state.GitHubId, Source = "known" };
                if (crawl.TryClaim(again, out var previous))
                {
                    Progress.AddDiscovered();
                    await work.WriteAsync(new WorkItem(again, previous), cancellation).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            Progress.FinishDiscovery();
            work.TryComplete();
        }
    }

    /// <summary>Reads one source to its end, claiming what it names; a source that stops is reported and the crawl goes on.</summary>
    private async Task DiscoverAsync(
        IRepositoryDiscovery discovery,
        CrawlState crawl,
        DiscoveryContext context,
        Func<WorkItem, ValueTask> accept,
        CancellationToken cancellation)
    {
        try
        {
            await foreach (var found in discovery.DiscoverAsync(context, cancellation).ConfigureAwait(false))
            {
                crawl.AddTags(found);
                if (context.IsSuppressed(found.Repository) || !crawl.TryClaim(found, out var previous))
                {
                    continue;
                }

                Progress.AddDiscovered();
                await accept(new WorkItem(found, previous)).ConfigureAwait(false);
            }
        }
        catch (SourceUnavailableException ex)
        {
            context.Fail(discovery.Name, $"discovery stopped: {ex.Message}");
        }
    }

    private async Task WorkAsync(CrawlState crawl, ChannelReader<WorkItem> work, ChannelWriter<RepositoryCrawlResult> results, CancellationToken cancellation)
    {
        await foreach (var item in work.ReadAllAsync(cancellation).ConfigureAwait(false))
        {
            RepositoryCrawlResult result;
            var halted = crawl.HaltReason;
            if (halted is not null)
            {
                result = NotFetched(FetchStatus.NotReached, item.Repository.Repository, null, $"not crawled: {halted}");
            }
            else if (crawl.Context?.IsSuppressed(item.Repository.Repository) == true)
            {
                result = NotFetched(FetchStatus.Skipped, item.Repository.Repository, null, "not crawled: withdrawn by a discovery source");
            }
            else
            {
                // Tags found by a later source for a repository already queued are merged in here.
                var repository = item.Repository with { Tags = crawl.TagsOf(item.Repository) };
                var outcome = await fetcher.FetchAsync(repository, item.Previous, cancellation).ConfigureAwait(false);
                if (outcome.Status is FetchStatus.RateLimited or FetchStatus.BudgetExhausted)
                {
                    crawl.Halt(outcome.Reason ?? outcome.Status.ToString());
                }

                result = outcome.GitHubId is { } id && !crawl.TryClaimFetched(id, outcome.Repository, out var first)
                    ? NotFetched(FetchStatus.Skipped, outcome.Repository, null, $"skipped: the same repository as {first} (renamed)")
                    : ToResult(outcome, item.Previous);
            }

            await results.WriteAsync(result, cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>Turns a fetch outcome into what the store writes: which rows, which state, which reasons.</summary>
    internal static RepositoryCrawlResult ToResult(FetchOutcome outcome, RepositoryState? previous)
    {
        switch (outcome.Status)
        {
            case FetchStatus.NotModified when previous is not null:
                var failedBefore = previous.Status == RepositoryStatus.Failed;
                return new RepositoryCrawlResult
                {
                    Status = outcome.Status,
                    Update = new RepositoryUpdate
                    {
                        Kind = RepositoryUpdateKind.NotModified,
                        Repository = previous.Repository,
                        State = previous with
                        {
                            // A 304 against the ETag of the last success means the stored servers are current again.
                            Status = failedBefore ? RepositoryStatus.Fetched : previous.Status,
                            Reason = failedBefore ? null : previous.Reason,
                            LastRunId = null,
                        },
                    },
                };

            case FetchStatus.HeadUnchanged:
            case FetchStatus.Fetched:
                var skips = outcome.Status == FetchStatus.Fetched
                    ? [.. outcome.Skips, .. outcome.Snapshots.SelectMany(s => s.Skipped)]
                    : outcome.Skips;
                return new RepositoryCrawlResult
                {
                    Status = outcome.Status,
                    Update = new RepositoryUpdate
                    {
                        Kind = outcome.Status == FetchStatus.Fetched ? RepositoryUpdateKind.Scanned : RepositoryUpdateKind.FactsRefreshed,
                        Repository = outcome.Repository,
                        Snapshots = outcome.Snapshots,
                        Facts = outcome.Facts,
                        Skips = skips,
                        State = new RepositoryState
                        {
                            Repository = outcome.Repository,
                            GitHubId = outcome.GitHubId,
                            ETag = outcome.ETag,
                            HeadCommit = outcome.HeadCommit,
                            ScannerVersion = outcome.ScannerVersion,
                            Status = RepositoryStatus.Fetched,
                        },
                    },
                };

            case FetchStatus.Gone:
            case FetchStatus.Failed:
            case FetchStatus.Skipped:
                var status = outcome.Status switch
                {
                    FetchStatus.Gone => RepositoryStatus.Gone,
                    FetchStatus.Skipped => RepositoryStatus.Skipped,
                    _ => RepositoryStatus.Failed,
                };

                // A skip decided from fresh metadata (an empty repository) keeps its ETag so the next run asks cheaply;
                // a failure or a disappearance keeps the conditions of the last success.
                var keepFresh = outcome.Status == FetchStatus.Skipped && outcome.ETag is not null;
                var state = new RepositoryState
                {
                    Repository = previous?.Repository ?? outcome.Repository,
                    GitHubId = outcome.GitHubId ?? previous?.GitHubId,
                    ETag = keepFresh ? outcome.ETag : previous?.ETag,
                    HeadCommit = keepFresh ? null : previous?.HeadCommit,
                    ScannerVersion = keepFresh ? outcome.ScannerVersion : previous?.ScannerVersion,
                    Status = status,
                    Reason = outcome.Reason,
                };
                var word = outcome.Status switch { FetchStatus.Gone => "gone", FetchStatus.Skipped => "skipped", _ => "failed" };
                return NotFetched(outcome.Status, outcome.Repository, state, $"{word}: {outcome.Reason}", outcome.Skips);

            default:
                // Rate limited, out of budget, or a 304 with nothing remembered: the stored state stays as it was.
                return NotFetched(outcome.Status, outcome.Repository, null, $"not crawled: {outcome.Reason ?? outcome.Status.ToString()}");
        }
    }

    private static RepositoryCrawlResult NotFetched(FetchStatus status, string repository, RepositoryState? state, string reason, IReadOnlyList<SkippedItem>? extra = null) => new()
    {
        Status = status,
        Update = new RepositoryUpdate
        {
            Kind = RepositoryUpdateKind.NotFetched,
            Repository = repository,
            State = state,
            Skips = [.. extra ?? [], new SkippedItem(repository, null, reason)],
        },
    };

    private static RepositoryCrawlResult DiscoveryResult(string subject, string reason, bool failure) =>
        NotFetched(failure ? FetchStatus.DiscoveryFailed : FetchStatus.DiscoveryNote, subject, null, reason);

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // The first failure is the one being rethrown; the rest are its consequences.
        }
    }

    private sealed record WorkItem(DiscoveredRepository Repository, RepositoryState? Previous);

    /// <summary>What the producer and the workers share: dedupe sets, the known states, and the reason to stop asking.</summary>
    private sealed class CrawlState
    {
        private readonly Dictionary<string, RepositoryState> byName;
        private readonly Dictionary<long, RepositoryState> byId;
        private readonly HashSet<string> claimedNames = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<long> claimedIds = [];
        private readonly ConcurrentDictionary<long, string> fetchedIds = new();
        private readonly ConcurrentDictionary<string, SortedSet<string>> tags = new(StringComparer.OrdinalIgnoreCase);
        private volatile string? haltReason;

        public CrawlState(IReadOnlyList<RepositoryState> known)
        {
            byName = new Dictionary<string, RepositoryState>(StringComparer.OrdinalIgnoreCase);
            byId = [];
            foreach (var state in known)
            {
                byName[state.Repository] = state;
                if (state.GitHubId is { } id)
                {
                    byId[id] = state;
                }
            }
        }

        public DiscoveryContext? Context { get; set; }

        public string? HaltReason => haltReason;

        public void Halt(string reason) => haltReason ??= reason;

        /// <summary>Claims a discovered repository for this run (producer thread only); false when already claimed by name or id.</summary>
        public bool TryClaim(DiscoveredRepository repository, out RepositoryState? previous)
        {
            previous = null;
            if (claimedNames.Contains(repository.Repository) || (repository.GitHubId is { } seenId && claimedIds.Contains(seenId)))
            {
                return false;
            }

            claimedNames.Add(repository.Repository);
            if (repository.GitHubId is { } id)
            {
                claimedIds.Add(id);
            }

            previous = byName.GetValueOrDefault(repository.Repository)
                ?? (repository.GitHubId is { } known ? byId.GetValueOrDefault(known) : null);
            if (previous is not null)
            {
                claimedNames.Add(previous.Repository);
            }

            return true;
        }

        /// <summary>Collects the tags every source gives a repository, whichever source claimed it.</summary>
        public void AddTags(DiscoveredRepository repository)
        {
            if (repository.Tags.Count == 0)
            {
                return;
            }

            var set = tags.GetOrAdd(repository.Repository, _ => new SortedSet<string>(StringComparer.Ordinal));
            lock (set)
            {
                set.UnionWith(repository.Tags);
            }
        }

        public IReadOnlyList<string> TagsOf(DiscoveredRepository repository)
        {
            if (!tags.TryGetValue(repository.Repository, out var set))
            {
                return repository.Tags;
            }

            lock (set)
            {
                return [.. set.Union(repository.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            }
        }

        /// <summary>Known repositories no source named this time.</summary>
        public IEnumerable<RepositoryState> Unclaimed() =>
            byName.Values.Where(s => !claimedNames.Contains(s.Repository)).OrderBy(s => s.Repository, StringComparer.OrdinalIgnoreCase).ToList();

        /// <summary>Records that the repository with <paramref name="id"/> was fetched; false when another name already fetched it.</summary>
        public bool TryClaimFetched(long id, string repository, out string first)
        {
            first = fetchedIds.GetOrAdd(id, repository);
            return string.Equals(first, repository, StringComparison.OrdinalIgnoreCase);
        }
    }
}
