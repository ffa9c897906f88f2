using System.Collections.Concurrent;
using System.Diagnostics;
using Catalog.Domain.Catalog;
using Catalog.Domain.Policies;
using Catalog.Site.Outputs;
using Catalog.Site.Pages;
using Catalog.Site.Pipeline;
using Catalog.Site.Search;

namespace Catalog.Site;

/// <summary>
/// Builds the static site from the catalogue in two streaming passes. The first reads every server
/// in order to collect the search index (and the similar-tools lists drawn from it) and to write the
/// JSON-lines export (in a build with nothing to carry over, the render threads make the export instead: see
/// <see cref="OrderedExport"/>); the second renders each server's pages, several servers at once, keeping only
/// small aggregates, while one more thread makes the site-wide files (home, listings, search index, sitemap,
/// the state for the next build), which need only what the first pass collected. A server whose fingerprint
/// (see <see cref="ServerFingerprint"/>) is the one its folder was built from is not rendered at all: its folder
/// stays as it is. The staged site replaces the previous one only at the very end, once both sides are done.
/// Building twice from the same data gives identical files, whatever the order the servers arrive in (except
/// the export, which follows the order the servers are read in).
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>Run for each server whose folder is rebuilt in the second pass, in this order; different servers run in parallel.</summary>
    private static readonly IServerStep[] ServerSteps =
    [
        new RenderServerPages(),
        new RenderToolPages(),
        new WritePolicies(),
        new WriteServerApi(),
    ];

    /// <summary>
    /// Run once, in this order, on a thread of their own while the servers render: they need only what the first pass
    /// collected (totals, the search index, the changes), and the servers phase leaves a core idle whenever a write blocks.
    /// </summary>
    private static readonly ISiteStep[] SiteStepsBesideServers =
    [
        new RenderHome(),
        new RenderListings(),
        new RenderChanges(),
        new WriteChangesFeed(),
        new RenderSearchPage(),
        new WriteSearchIndex(),
        new RenderNotFound(),
        new WriteApiIndex(),
        new CopyAssets(),
        new WritePolicySchema(),
        new WriteLlmsTxt(),
        new WriteRobots(),

        // After the pages above: the sitemap lists the site-wide pages (the server and tool pages it takes from the
        // search index), and the state records every listing's inputs, the sitemap's among them.
        new WriteSitemap(),
        new WriteSiteState(),
    ];

    /// <summary>Run once after every server and every step above: the swap comes last.</summary>
    private static readonly ISiteStep[] SiteStepsAfterAll =
    [
        new SwapIntoPlace(),
    ];

    private readonly SiteOptions options;
    private readonly IPolicyRecommender policies;
    private readonly TemplateRenderer renderer;
    private readonly ServerFingerprint fingerprint;
    private readonly ConcurrentDictionary<string, long> stepTimes = new(StringComparer.Ordinal);

    public SiteBuilder(SiteOptions options, IPolicyRecommender policies)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.OutputDirectory);
        this.options = options;
        this.policies = policies;
        renderer = new TemplateRenderer();
        fingerprint = new ServerFingerprint(options, policies.GetType());
    }

    /// <summary>
    /// False renders every page with Fluid's interpreter instead of the compiled templates: the reference that
    /// tests hold the compiled output to, byte for byte.
    /// </summary>
    internal bool CompileTemplates
    {
        get => renderer.Compiles;
        init => renderer = new TemplateRenderer(value);
    }

    /// <summary>Runs in the commit once its journal is saved, before the live site changes; a test stands for a dying process with it.</summary>
    internal Action? BeforeCommitApplies { get; set; }

    /// <summary>How many servers the first pass prepares at once (pure computation: more than the cores only adds contention).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many servers render and write their pages at once. Twice the cores by default: at hundreds of
    /// thousands of pages the disk stops absorbing writes and each write can block, and a second server per core
    /// keeps the core busy meanwhile (catalog bench site, 100,000 tools on a busy disk: servers written in 13.0
    /// and 14.7 s with four against 21.2 and 16.8 s with two). Where writes do not block, one per core saves only
    /// a little (100,000 tools on tmpfs, runs taken in turn: 5.21 to 5.28 s on two threads, 5.31 to 5.37 s on
    /// four), and at 600,000 tools on ext4 runs of either count spread from 38 to 53 s, so the default stays.
    /// </summary>
    public int RenderParallelism { get; init; } = 2 * Environment.ProcessorCount;

    /// <param name="servers">
    /// Read whole once, server by server, then again for the servers to render (a lazy sequence straight
    /// from the store is what it is made for): nothing of a server but a few words per tool is kept between.
    /// </param>
    /// <param name="changes">The changes feed shown on the home and changes pages.</param>
    /// <exception cref="SiteBuildException">A step failed; the previous site is untouched.</exception>
    public SiteBuildResult Build(IEnumerable<CatalogServer> servers, IReadOnlyList<ToolChange> changes)
    {
        ArgumentNullException.ThrowIfNull(servers);
        return Build(new EnumeratedSiteCatalog(servers), changes);
    }

    /// <summary>Builds the site from a catalogue that can hand out just the servers to render; see the class summary.</summary>
    /// <param name="catalog">The servers.</param>
    /// <param name="changes">The changes feed shown on the home and changes pages.</param>
    /// <param name="cancellation">
    /// Stops the build between servers and between steps, never inside the commit: a cancelled build leaves the
    /// previous site as it was, and one whose commit began finishes it.
    /// </param>
    /// <exception cref="SiteBuildException">A step failed; the previous site is untouched.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the commit; the previous site is untouched.</exception>
    public SiteBuildResult Build(ISiteCatalog catalog, IReadOnlyList<ToolChange> changes, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(changes);
        var clock = Stopwatch.StartNew();
        stepTimes.Clear();
        var phases = new PhaseClock();
        var links = new PageLinks(options.BaseUrl);
        using var output = StagedSite.Open(options.OutputDirectory);
        var context = new SiteBuildContext
        {
            Links = links,
            Chrome = SiteChrome.Create(options.Title, links),
            Renderer = renderer,
            Output = output,
            Changes = changes,
            Totals = new SiteTotals(changes),
            Search = new SearchIndex(),
            BeforeCommitApplies = BeforeCommitApplies,
            Cancellation = cancellation,
        };

        List<ServerSketch> sketches;
        HashSet<string>? affected;
        Dictionary<string, ServerPlan> plans;
        try
        {
            (sketches, affected) = Index(catalog, context);
            phases.End("first pass");
            using var export = output.Previous is null ? new OrderedExport(output, links.CatalogExport.FilePath) : null;
            context.Export = export;
            using var stopBeside = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var besideServers = OnOwnThread(() => RunSteps(SiteStepsBesideServers, context, stopBeside.Token));
            try
            {
                var similarTools = new SimilarTools(context.Search);
                plans = Decide(sketches, affected, similarTools, context);
                phases.End("plan");
                Render(catalog, plans, similarTools, context);
            }
            catch
            {
                stopBeside.Cancel();
                throw;
            }
            finally
            {
                // Never left writing into a staging folder that a failure is about to delete. Should the servers
                // have failed too, theirs is the error reported, and this one is only observed.
                ((IAsyncResult)besideServers).AsyncWaitHandle.WaitOne();
                _ = besideServers.Exception;
            }

            Await(besideServers);
            // Closed before the commit, which must find it recorded.
            export?.Dispose();
            phases.End("servers and site-wide files");
            RunSteps(SiteStepsAfterAll, context, cancellation);
            phases.End("commit");
        }
        catch (SiteBuildException) when (context.StateUsed && !output.CommitStarted)
        {
            // Whatever failed, the next build must not stand on the same state again and fail the same way:
            // without it, it reads the whole catalogue. The state is the builder's cache, not a published file.
            output.DiscardLive(SiteState.FileName);
            throw;
        }

        return new SiteBuildResult
        {
            PagesWritten = output.Written,
            PagesUnchanged = output.Unchanged,
            FilesRemoved = context.FilesRemoved,
            Servers = context.Totals.Servers.Count,
            Tools = context.Totals.Counts.Tools,
            ServersRendered = plans.Count,
            ExportServersReused = context.ExportServersReused,
            ServersRead = context.ServersIndexed,
            Elapsed = clock.Elapsed,
            Search = context.SearchStats,
            StepTimes = stepTimes.OrderByDescending(p => p.Value).ToDictionary(p => p.Key, p => TimeSpan.FromTicks(p.Value)),
            PhaseTimes = phases.Wall,
            PhaseProcessorTimes = phases.Processor,
        };
    }

    /// <summary>
    /// The first pass: the search index, the export and the totals of every server, and the sketch of every
    /// server in reading order. When the catalogue reports stamps and the previous build left a state, only
    /// the servers whose stamp changed are read (<see cref="IndexChanges"/>); otherwise all of them.
    /// </summary>
    private (List<ServerSketch> Sketches, HashSet<string>? Affected) Index(ISiteCatalog catalog, SiteBuildContext context)
    {
        context.Output.Build = fingerprint.Build;
        var stamps = Run("ReadStamps", null, catalog.ReadStamps);
        if (stamps is not null && Run("IndexChanges", null, () => IndexChanges(catalog, stamps, context)) is { } changes)
        {
            return changes;
        }

        return (IndexAll(catalog, stamps, context), null);
    }

    /// <summary>
    /// Every server is prepared on several threads (addresses, search terms, export lines, content hash) and
    /// the results are taken in reading order into the search index, the export and the totals.
    /// </summary>
    private List<ServerSketch> IndexAll(ISiteCatalog catalog, IReadOnlyList<ServerStamp>? stamps, SiteBuildContext context)
    {
        var sketches = new List<ServerSketch>();
        var exportPath = context.Links.CatalogExport.FilePath;
        var stampOf = stamps?.GroupBy(s => s.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Stamp, StringComparer.Ordinal);
        context.StateServers = stampOf is null ? null : [];
        // With nothing to carry over, every server is read again to render it, and its lines are made then.
        var deferExport = context.Output.Previous is null;
        using var reuse = deferExport ? null : ExportReuse.Open(context.Output.Previous, fingerprint.Build, context.Output.LivePath(exportPath));
        using (var export = deferExport ? null : new CatalogExportWriter(context.Output.OpenWrite(exportPath)))
        {
            foreach (var server in PrepareInOrder(catalog.ReadAll(), server => IndexedServer.Prepare(server, context.Links, reuse, export is not null), context.Cancellation))
            {
                Run("AddToIndex", server.Server.Slug, () =>
                {
                    context.Search.Add(server.Search);
                    if (export is not null)
                    {
                        context.Output.RecordExport(server.Addresses.Segment, new SiteManifest.ExportSpan(server.Outline.Content, export.Position, server.ExportLines.Length, server.ExportLineCount, server.ExportHash));
                        export.WriteLines(server.ExportLines, server.ExportLineCount);
                    }

                    context.ExportServersReused += server.ExportReused ? 1 : 0;
                    context.ServersIndexed++;
                    CollectTotals.Run(server, context);
                    context.StateServers?.Add(StateOf(server, stampOf!.GetValueOrDefault(server.Server.Slug, "")));
                });
                sketches.Add(server.Outline);
            }
        }

        context.Search.Freeze();
        return sketches;
    }

    private static SiteState.StateServer StateOf(IndexedServer server, string stamp) =>
        new(server.Server.Slug, stamp, server.Server.Identity.Name, server.Server.Identity.Repository, server.Server.Facts.Language, server.Addresses.Segment, server.Outline.Content);

    /// <summary>
    /// The first pass after few servers changed: the previous build's state stands for every server whose
    /// stamp is the same, so only the others are read; their documents replace the old ones in the restored
    /// search index and their lines replace the old ones in the export (the rest is copied as it is).
    /// Returns null, having written nothing, whenever that cannot be done exactly: no usable state or
    /// export, too many changes, a server gone between the stamps and the reading, or a search term whose
    /// stored documents ran out. Also returns the servers whose pages may show something else: the changed
    /// ones and those whose similar tools come from a search term that changed.
    /// </summary>
    private (List<ServerSketch> Sketches, HashSet<string>? Affected)? IndexChanges(ISiteCatalog catalog, IReadOnlyList<ServerStamp> stamps, SiteBuildContext context)
    {
        var output = context.Output;
        var exportPath = context.Links.CatalogExport.FilePath;
        if (output.Previous is not { } previous || !output.IsUntouched(exportPath))
        {
            return null;
        }

        var stampOf = new Dictionary<string, string>(stamps.Count, StringComparer.Ordinal);
        foreach (var stamp in stamps)
        {
            if (!stampOf.TryAdd(stamp.Slug, stamp.Stamp))
            {
                return null;
            }
        }

        var exportLength = new FileInfo(output.LivePath(exportPath)).Length;
        bool Same(SiteState.StateServer server) =>
            server.Stamp.Length > 0 && stampOf.TryGetValue(server.Slug, out var stamp) && stamp == server.Stamp
            && previous.Exports.TryGetValue(server.Segment, out var span) && span.Content == server.Content
            && span.Offset >= 0 && span.Length >= 0 && span.Lines >= 0 && span.Offset <= exportLength - span.Length;
        // A kept server is one of the stamps (Same checks), so the changed ones are the stamps less the kept.
        var mostChanges = Math.Min(MostChangesRead, Math.Max(64, stamps.Count / 4));
        var state = Run("ReadState", null, () => SiteState.TryRead(
            output.LivePath(SiteState.FileName), previous, fingerprint.Build, server => !Same(server), keptCount => stamps.Count - keptCount <= mostChanges));
        if (state is null)
        {
            return null;
        }

        var kept = state.Servers.Where(Same).ToDictionary(s => s.Slug, StringComparer.Ordinal);
        var changed = stamps.Select(s => s.Slug).Where(slug => !kept.ContainsKey(slug)).ToHashSet(StringComparer.Ordinal);

        var fresh = new Dictionary<string, IndexedServer>(StringComparer.Ordinal);
        foreach (var server in PrepareInOrder(catalog.Read(changed), server => IndexedServer.Prepare(server, context.Links, null), context.Cancellation))
        {
            if (!changed.Contains(server.Server.Slug) || !fresh.TryAdd(server.Server.Slug, server))
            {
                return null;
            }
        }

        if (fresh.Count != changed.Count)
        {
            return null;
        }

        var search = state.Search;
        foreach (var stamp in stamps)
        {
            if (fresh.TryGetValue(stamp.Slug, out var server))
            {
                search.Add(server.Search);
            }
        }

        if (!search.Freeze())
        {
            return null;
        }

        // Committed to this way from here: nothing above wrote a byte.
        context.StateUsed = true;
        context.Search = search;
        context.ServersIndexed = fresh.Count;
        foreach (var (slug, server) in fresh)
        {
            context.ServersRead[slug] = server.Server;
        }

        context.PreviousInputs = state.Inputs;
        context.StateServers = [];
        var docs = Run("GroupDocs", null, () => RestoredServers.ByServer(search.Docs));
        var sketches = new List<ServerSketch>(stamps.Count);
        using var from = File.OpenHandle(output.LivePath(exportPath), FileMode.Open, FileAccess.Read, FileShare.Read);
        using (var export = new CatalogExportWriter(output.OpenWrite(exportPath)))
        {
            var run = new ExportRun(from, export);
            foreach (var stamp in stamps)
            {
                if (fresh.TryGetValue(stamp.Slug, out var server))
                {
                    run.Flush();
                    output.RecordExport(server.Addresses.Segment, new SiteManifest.ExportSpan(server.Outline.Content, export.Position, server.ExportLines.Length, server.ExportLineCount, server.ExportHash));
                    export.WriteLines(server.ExportLines, server.ExportLineCount);
                    CollectTotals.Run(server, context);
                    context.StateServers.Add(StateOf(server, stamp.Stamp));
                    sketches.Add(server.Outline);
                    continue;
                }

                var known = kept[stamp.Slug];
                var span = previous.Exports[known.Segment];
                output.RecordExport(known.Segment, span with { Offset = run.Add(span) });
                var serverDocs = docs.GetValueOrDefault(known.Slug) ?? [];
                CollectTotals.Run(known, serverDocs, context);
                context.StateServers.Add(known);
                context.ExportServersReused++;
                sketches.Add(RestoredServers.SketchOf(known, serverDocs));
            }

            run.Flush();
        }

        return (sketches, Run("FindAffected", null, () => RestoredServers.Affected(search, changed)));
    }

    /// <summary>
    /// Past this many changed servers (or a quarter of a small catalogue) reading everything costs about the same,
    /// and the changed servers, kept whole until rendered, stay a small part of memory.
    /// </summary>
    private const int MostChangesRead = 2_000;

    /// <summary>
    /// Servers read ahead per core in the first pass. Results are taken in reading order, so while the oldest is
    /// still being prepared (a large server, or one caught by a collection) the others finish and wait; the reading
    /// only stops, and the cores with it, once this many are waiting. Each holds one server and its export lines:
    /// tens of kilobytes.
    /// </summary>
    private const int InFlightPerCore = 16;

    /// <summary>
    /// Reads the servers on one thread, prepares each on the thread pool, and hands the results back in
    /// reading order. At most <see cref="InFlightPerCore"/> servers per core are in flight, so memory does not
    /// grow with the catalogue; a failure (reading or preparing) stops the reading and is thrown here.
    /// </summary>
    private IEnumerable<IndexedServer> PrepareInOrder(IEnumerable<CatalogServer> servers, Func<CatalogServer, IndexedServer> prepare, CancellationToken cancellation)
    {
        using var stop = new CancellationTokenSource();
        using var queue = new BlockingCollection<Task<IndexedServer>>(InFlightPerCore * Math.Max(1, Parallelism));
        // Should the consumer stop first, its error is the one reported.
        var reader = Fill(queue, Read(servers, cancellation).Select(server => Task.Run(() => Run("IndexServer", server.Slug, () => prepare(server)))), stop.Token);
        try
        {
            foreach (var task in queue.GetConsumingEnumerable())
            {
                yield return Await(task);
            }

            Await(reader);
        }
        finally
        {
            stop.Cancel();
            while (queue.TryTake(out _))
            {
            }

            // Its failure, if any, was thrown above; here the reader only has to be let go.
            ((IAsyncResult)reader).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>
    /// Adds every item to the queue on a thread of its own and completes the queue however that ends. Cancelling
    /// <paramref name="stop"/> ends it quietly; any other failure (reading the items) is the task's.
    /// </summary>
    private static Task Fill<T>(BlockingCollection<T> queue, IEnumerable<T> items, CancellationToken stop) => OnOwnThread(
        () =>
        {
            try
            {
                foreach (var item in items)
                {
                    queue.Add(item, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped by whoever cancelled; they report why.
            }
            finally
            {
                queue.CompleteAdding();
            }
        });

    /// <summary>Runs work on a thread of its own rather than the pool's: it runs for a whole phase, and mostly blocks.</summary>
    private static Task OnOwnThread(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The task's result, with a step's failure thrown as itself rather than wrapped.</summary>
    private static T Await<T>(Task<T> task)
    {
        Await((Task)task);
        return task.Result;
    }

    private static void Await(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1 && ex.InnerException is SiteBuildException or OperationCanceledException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException!);
        }
    }

    /// <summary>
    /// The second pass, over the sketches only: each server's similar tools and fingerprint; a server whose
    /// folder was built from the same fingerprint is carried over, the others are planned for rendering.
    /// A server known to be unaffected by this build's changes (not in <paramref name="affected"/>, when
    /// given) keeps its folder without either being worked out, should its folder still be there.
    /// </summary>
    /// <remarks>
    /// Without a previous build nothing can be carried over, so every server is planned as it is and its similar
    /// tools and fingerprint are worked out as it renders (<see cref="ServerPlan.Similar"/> null): the render
    /// threads, which wait on writes, absorb that work, where this pass held up every render for it.
    /// </remarks>
    private Dictionary<string, ServerPlan> Decide(List<ServerSketch> sketches, HashSet<string>? affected, SimilarTools similarTools, SiteBuildContext context)
    {
        if (context.Output.Previous is null)
        {
            var all = new Dictionary<string, ServerPlan>(sketches.Count, StringComparer.Ordinal);
            foreach (var sketch in sketches)
            {
                all[sketch.Slug] = new ServerPlan(sketch, default, null);
            }

            return all;
        }

        var plans = new ConcurrentDictionary<string, ServerPlan>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism), CancellationToken = context.Cancellation };
        Parallel.ForEach(Partitioner.Create(0, sketches.Count, 64), parallel, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var sketch = sketches[i];
                if (affected is not null && !affected.Contains(sketch.Slug) && context.Output.TryCarryOverAsBefore(sketch.Segment))
                {
                    continue;
                }

                var similar = Run("SimilarTools", sketch.Slug, () => ServerFingerprint.SimilarDocs(sketch, similarTools));
                var key = Run("Fingerprint", sketch.Slug, () => fingerprint.Of(sketch, similar));
                if (!context.Output.TryCarryOver(sketch.Segment, key))
                {
                    plans[sketch.Slug] = new ServerPlan(sketch, key, similar);
                }
            }
        });
        return new Dictionary<string, ServerPlan>(plans, StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads the planned servers again and renders them in parallel as they arrive. One thread reads into a short
    /// queue and <see cref="RenderParallelism"/> threads take from it: reading inside the workers' own enumeration
    /// (a partitioner) made every worker wait on one lock while another read; a profile found them spinning there.
    /// Should several servers fail, the first in slug order is reported, so the error does not depend on thread timing.
    /// </summary>
    private void Render(ISiteCatalog catalog, Dictionary<string, ServerPlan> plans, SimilarTools similarTools, SiteBuildContext context)
    {
        if (plans.Count == 0)
        {
            return;
        }

        var failures = new ConcurrentBag<SiteBuildException>();
        var rendered = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var workers = Math.Max(1, RenderParallelism);
        // Servers the first pass read whole (after a small change) are not read a second time.
        var known = plans.Keys.Where(context.ServersRead.ContainsKey).Select(slug => context.ServersRead[slug]).ToList();
        var unread = plans.Keys.Where(slug => !context.ServersRead.ContainsKey(slug)).ToHashSet(StringComparer.Ordinal);
        // Numbered as read: the export (when the render threads make it) follows this order.
        var read = 0L;
        var servers = known.Concat(unread.Count == 0 ? [] : Read(catalog.Read(unread), context.Cancellation)).Select(server => (Server: server, Sequence: read++));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation);
        using var queue = new BlockingCollection<(CatalogServer Server, long Sequence)>(2 * workers);
        // Should a worker fail or the build be cancelled, the reading stops quietly; either is reported below.
        var reader = Fill(queue, servers, stop.Token);
        var renderers = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            renderers[i] = OnOwnThread(
                () =>
                {
                    string? current = null;
                    try
                    {
                        foreach (var (server, sequence) in queue.GetConsumingEnumerable(stop.Token))
                        {
                            if (!plans.TryGetValue(server.Slug, out var plan) || !rendered.TryAdd(server.Slug, true))
                            {
                                context.Export?.Add(sequence, null);
                                continue;
                            }

                            current = server.Slug;
                            RenderServer(server, plan, similarTools, context, sequence);
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        // Stopped by a failure elsewhere or by the caller; reported below.
                    }
                    catch (Exception ex)
                    {
                        // Anything a step did not wrap is still this server's failure, and the others must stop for it.
                        failures.Add(ex as SiteBuildException ?? new SiteBuildException("RenderServer", current, ex));
                        stop.Cancel();
                    }
                });
        }

        Task.WaitAll(renderers);
        ((IAsyncResult)reader).AsyncWaitHandle.WaitOne();
        if (reader.Exception?.InnerException is SiteBuildException readFailure)
        {
            // Reading the servers failed; that is reported after any server that failed before it.
            failures.Add(readFailure);
        }

        if (!failures.IsEmpty)
        {
            throw failures.OrderBy(f => f.ServerSlug is null ? 1 : 0).ThenBy(f => f.ServerSlug, StringComparer.Ordinal).First();
        }

        context.Cancellation.ThrowIfCancellationRequested();
        if (plans.Keys.FirstOrDefault(slug => !rendered.ContainsKey(slug)) is { } missing)
        {
            throw new SiteBuildException("ReadServers", missing, new InvalidOperationException($"Server '{missing}' was in the catalogue's first reading but not in the second."));
        }

        if (context.Export is { } export && export.Appended != read)
        {
            throw new SiteBuildException("ExportServer", null, new InvalidOperationException($"The export holds {export.Appended} of the {read} servers read."));
        }
    }

    private void RenderServer(CatalogServer server, ServerPlan plan, SimilarTools similarTools, SiteBuildContext context, long sequence)
    {
        if (plan.Similar is null)
        {
            var found = Run("SimilarTools", server.Slug, () => ServerFingerprint.SimilarDocs(plan.Sketch, similarTools));
            plan = plan with { Fingerprint = Run("Fingerprint", server.Slug, () => fingerprint.Of(plan.Sketch, found)), Similar = found };
        }

        var similar = ServerOutline.SimilarRows(plan.Sketch, plan.Similar, context.Links);
        var outline = Run("OutlineServer", server.Slug, () => ServerOutline.Of(server, context.Links, similar));
        if (outline.Addresses.Segment != plan.Sketch.Segment)
        {
            throw new SiteBuildException("OutlineServer", server.Slug, new InvalidOperationException("The server's tools changed between the catalogue's two readings."));
        }

        if (context.Export is { } export)
        {
            var (lines, count, hash) = Run("ExportServer", server.Slug, () => IndexedServer.Fresh(server, outline.Addresses));
            export.Add(sequence, new OrderedExport.Lines(plan.Sketch.Segment, plan.Sketch.Content, lines, count, hash));
        }

        context.Output.BeginServer(plan.Sketch.Segment, plan.Fingerprint);
        var work = Run("PrepareServer", server.Slug, () => ServerWork.Prepare(outline, policies));
        foreach (var step in ServerSteps)
        {
            Run(step.Name, server.Slug, () => step.Run(work, context));
        }
    }

    /// <summary>Failures while reading the servers are reported like a step's, with the server read last.</summary>
    private static IEnumerable<CatalogServer> Read(IEnumerable<CatalogServer> servers, CancellationToken cancellation)
    {
        string? last = null;
        using var enumerator = servers.GetEnumerator();
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            CatalogServer server;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                server = enumerator.Current ?? throw new InvalidOperationException("The servers sequence holds a null.");
            }
            catch (Exception ex)
            {
                throw new SiteBuildException(last is null ? "ReadServers" : $"ReadServers (after {last})", null, ex);
            }

            last = server.Slug;
            yield return server;
        }
    }

    private void RunSteps(ISiteStep[] steps, SiteBuildContext context, CancellationToken cancellation)
    {
        foreach (var step in steps)
        {
            cancellation.ThrowIfCancellationRequested();
            Run(step.Name, null, () => step.Run(context));
        }
    }

    private void Run(string step, string? server, Action action) => Run(step, server, () =>
    {
        action();
        return true;
    });

    private T Run<T>(string step, string? server, Func<T> action)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not SiteBuildException and not OperationCanceledException)
        {
            throw new SiteBuildException(step, server, ex);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).Ticks;
            stepTimes.AddOrUpdate(step, elapsed, (_, total) => total + elapsed);
        }
    }
}
