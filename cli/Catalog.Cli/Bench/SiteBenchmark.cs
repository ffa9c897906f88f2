using System.Diagnostics;
using System.Globalization;
using Catalog.Domain.Policies;
using Catalog.Site;

namespace Catalog.Cli.Bench;

/// <summary>
/// <c>catalog bench site</c>: builds a generated catalogue of N tools with our site builder, then, in
/// the same run, writes the same files with no work at all (the floor) and has Hugo build the same
/// pages, and prints the rates, their ratios and peak memory. Also times a rebuild after one server changed.
/// </summary>
public sealed class SiteBenchmark(int tools, string workFolder, IPolicyRecommender policies, CliConsole console)
{
    /// <summary>Measure only our build and the floor.</summary>
    public bool SkipHugo { get; init; }

    /// <summary>Servers rendered at once; null for the builder's default.</summary>
    public int? Threads { get; init; }

    public ExitCode Run()
    {
        var generator = new SiteCatalogGenerator(tools);
        var root = Path.Combine(workFolder, $"catalog-bench-site-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        Directory.CreateDirectory(root);
        var output = console.Out;
        try
        {
            output.WriteLine($"site bench: {tools:N0} tools on {generator.ServerCount:N0} servers, {Environment.ProcessorCount} cores, work folder {root}");
            // Seen here: run straight after another, a 600,000-tool build spent a third of its processor time in ext4's
            // inode allocator (recently_deleted) and the floor went from 27 s to 53 s.
            output.WriteLine("  (ext4 passes over inodes freed in the last minutes when it makes a file: after a run that deleted many files, here the previous bench's, creating files costs far more for about five minutes; leave that long between runs)");

            var measuring = generator.MeasureDefinitions();
            output.WriteLine($"labels: {tools:N0} definitions' tokens counted in {measuring.TotalSeconds:0.0} s, as the classify stage stores them with the labels (not timed: a store serves the site the counts)");

            var reading = Stopwatch.StartNew();
            var read = generator.Catalog().ReadAll().Sum(s => s.Tools.Count);
            output.WriteLine($"source: the generated catalogue ({read:N0} tools) read once, alone, in {reading.Elapsed.TotalSeconds:0.0} s; the build reads it twice, on one thread, and that time is inside the build's");

            // Our build first, so the process's peak memory is the build's own.
            var site = Path.Combine(root, "site");
            DiskFlush.BeforePhase();
            var builder = Threads is { } threads
                ? new SiteBuilder(new SiteOptions { OutputDirectory = site }, policies) { Parallelism = threads, RenderParallelism = threads }
                : new SiteBuilder(new SiteOptions { OutputDirectory = site }, policies);

            var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var buildProcessor = ProcessorTime.Start();
            var result = builder.Build(generator.Catalog(), []);
            var buildTime = buildProcessor.Stop();
            var peak = PeakMemory.OfThisProcess();
            var collections = $"GC: {GC.CollectionCount(0) - gen0:N0} / {GC.CollectionCount(1) - gen1:N0} / {GC.CollectionCount(2) - gen2:N0} collections of generation 0 / 1 / 2, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.0} s";
            var htmlPages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Count();
            var files = result.PagesWritten + result.PagesUnchanged;
            var bytes = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            var seconds = result.Elapsed.TotalSeconds;
            output.WriteLine($"catalog: {htmlPages:N0} HTML pages, {files:N0} files, {bytes / 1048576.0:N0} MiB in {seconds:0.00} s: {htmlPages / seconds:N0} pages/s, {files / seconds:N0} files/s; peak memory {PeakMemory.Format(peak)}");
            output.WriteLine("  time per step (summed over threads): " + string.Join(", ", result.StepTimes.Take(10).Select(p => $"{p.Key} {p.Value.TotalSeconds:0.0} s")));
            output.WriteLine("  wall (processor) time per phase: " + string.Join(", ", result.PhaseTimes.Select(p => $"{p.Key} {p.Value.TotalSeconds:0.00} s ({result.PhaseProcessorTimes.GetValueOrDefault(p.Key).TotalSeconds:0.0} s)")));
            output.WriteLine($"  threads: {builder.Parallelism} preparing servers in the first pass, {builder.RenderParallelism} rendering and writing");
            output.WriteLine("  " + collections);
            output.WriteLine($"  processor: {buildTime} (reading the source included)");
            if (result.Search is { } search)
            {
                var worst = search.ManifestBytes + 4 * search.LargestShard;
                output.WriteLine($"  search index: {search.Documents:N0} documents, {search.Terms:N0} terms, {search.Shards:N0} shards; manifest {search.ManifestBytes / 1024.0:N0} KB, largest shard {search.LargestShard / 1024.0:N0} KB; a 4-word query downloads at most {worst / 1024.0:N0} KB (target < 300 KB)");
            }

            // One server changed: everything else is carried over from the previous site.
            var changed = generator.ServerCount / 2;
            DiskFlush.BeforePhase();
            var incremental = builder.Build(generator.Catalog(revisedIndex: changed), []);
            output.WriteLine($"catalog, one server changed: rebuilt in {incremental.Elapsed.TotalSeconds:0.00} s ({incremental.ServersRead:N0} of {incremental.Servers:N0} servers read, {incremental.ServersRendered:N0} rendered, {incremental.ExportServersReused:N0} servers' export lines copied, {incremental.PagesWritten:N0} files written, {incremental.PagesUnchanged:N0} unchanged; target < 3 s)");
            output.WriteLine("  time per step (summed over threads): " + string.Join(", ", incremental.StepTimes.Take(10).Select(p => $"{p.Key} {p.Value.TotalSeconds:0.0} s")));

            // The floor is the fastest plain writing found: on as many threads as the build renders with, on one per core
            // and on two per core (more threads than cores can cost the kernel more in contention than they gain, or keep the
            // cores busy while writes block). Each copy is kept until all are written: deleting one would slow the next (see above).
            var floor = TimeSpan.MaxValue;
            var floorFolders = new List<string>();
            foreach (var threadCount in new[] { builder.RenderParallelism, Environment.ProcessorCount, 2 * Environment.ProcessorCount }.Distinct())
            {
                var floorFolder = Path.Combine(root, $"floor-{threadCount.ToString(CultureInfo.InvariantCulture)}");
                floorFolders.Add(floorFolder);
                DiskFlush.BeforePhase();
                var (elapsed, floorTime) = WriteFloor.Run(site, floorFolder, threadCount);
                output.WriteLine($"floor: the same {files:N0} files written with no work on {threadCount} threads in {elapsed.TotalSeconds:0.00} s: {files / elapsed.TotalSeconds:N0} files/s; {floorTime}");
                floor = elapsed < floor ? elapsed : floor;
            }

            foreach (var floorFolder in floorFolders)
            {
                Directory.Delete(floorFolder, recursive: true);
            }

            var ratios = $"ratios: catalog time / floor time (the fastest floor) = {seconds / floor.TotalSeconds:0.00}x (target <= 1.5x)";
            if (SkipHugo)
            {
                output.WriteLine("hugo: skipped (--skip-hugo)");
                output.WriteLine(ratios);
                return ExitCode.Success;
            }

            if (!HugoRun.Available)
            {
                output.WriteLine($"hugo: not measured: {HugoRun.Executable} is absent (apt-get install hugo)");
                output.WriteLine(ratios);
                return ExitCode.Success;
            }

            if (HugoMemory.RefusalFor(htmlPages, HugoMemory.Available()) is { } refusal)
            {
                output.WriteLine(refusal);
                output.WriteLine(ratios);
                return ExitCode.Success;
            }

            var hugoFolder = Path.Combine(root, "hugo");
            var policyJson = new Func<Domain.Catalog.CatalogTool, string>(t => Site.Outputs.PolicyJsonWriter.Write(policies.ForTool(t)));
            var prepare = Stopwatch.StartNew();
            HugoRun.Prepare(hugoFolder, generator.Servers(), policyJson);
            output.WriteLine($"hugo: content for {tools:N0} tool pages and {generator.ServerCount:N0} server sections written in {prepare.Elapsed.TotalSeconds:0.0} s (not timed)");
            Directory.Delete(site, recursive: true);
            DiskFlush.BeforePhase();
            var hugo = HugoRun.Build(hugoFolder, Path.Combine(root, "hugo-out"));
            var hugoRate = hugo.Pages / hugo.Elapsed.TotalSeconds;
            output.WriteLine($"hugo: {hugo.Pages:N0} HTML pages in {hugo.Elapsed.TotalSeconds:0.00} s: {hugoRate:N0} pages/s; peak memory {PeakMemory.Format(hugo.PeakBytes)}");
            output.WriteLine($"{ratios}; catalog pages/s / hugo pages/s = {htmlPages / seconds / hugoRate:0.00}x (target >= 2x)");
            return ExitCode.Success;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
