using System.Diagnostics;
using Catalog.Crawler.Extraction;

namespace Catalog.Cli.Bench;

/// <summary>
/// Extraction throughput: generates a corpus of MCP server source in six languages (in memory, by default
/// 200 MB), then runs every extractor over it on one thread and prints MB of source per second.
/// </summary>
public static class ExtractBenchmark
{
    public static void Run(int megabytes, CliConsole console)
    {
        const int fileBytes = 64 * 1024;
        var generator = new SourceCorpusGenerator(seed: 7);
        var extractors = ToolExtractorSet.CreateDefault();
        var perLanguage = new Dictionary<string, (long Bytes, int Tools, int Found, TimeSpan Time)>();
        var totalBytes = (long)megabytes * 1024 * 1024;
        long doneBytes = 0;
        var index = 0;
        var generateTime = TimeSpan.Zero;
        var clock = new Stopwatch();
        Warm(extractors, fileBytes);
        while (doneBytes < totalBytes)
        {
            var extension = SourceCorpusGenerator.Extensions[index % SourceCorpusGenerator.Extensions.Length];
            clock.Restart();
            var text = generator.File(extension, fileBytes, out var written);
            generateTime += clock.Elapsed;
            var file = new SourceFile($"src/file{index}{extension}", text);
            var context = new ExtractionContext("bench", new Dictionary<string, SourceFile> { [file.Path] = file });

            clock.Restart();
            var found = 0;
            foreach (var extractor in extractors.For(file))
            {
                found += extractor.Extract(file, context).Count();
            }

            var elapsed = clock.Elapsed;
            var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
            perLanguage[extension] = perLanguage.TryGetValue(extension, out var sum)
                ? (sum.Bytes + bytes, sum.Tools + written, sum.Found + found, sum.Time + elapsed)
                : (bytes, written, found, elapsed);
            doneBytes += bytes;
            index++;
        }

        console.Out.WriteLine($"extract benchmark: {doneBytes / 1024.0 / 1024.0:0.0} MB of generated source in {index} files, one thread (generation {generateTime.TotalSeconds:0.0} s, not counted)");
        console.Out.WriteLine($"{"language",-10} {"MB",8} {"tools",9} {"found",9} {"seconds",9} {"MB/s",8}");
        var total = (Bytes: 0L, Tools: 0, Found: 0, Time: TimeSpan.Zero);
        foreach (var (extension, sum) in perLanguage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            console.Out.WriteLine($"{extension,-10} {sum.Bytes / 1048576.0,8:0.0} {sum.Tools,9} {sum.Found,9} {sum.Time.TotalSeconds,9:0.00} {sum.Bytes / 1048576.0 / sum.Time.TotalSeconds,8:0.0}");
            total = (total.Bytes + sum.Bytes, total.Tools + sum.Tools, total.Found + sum.Found, total.Time + sum.Time);
        }

        console.Out.WriteLine($"{"all",-10} {total.Bytes / 1048576.0,8:0.0} {total.Tools,9} {total.Found,9} {total.Time.TotalSeconds,9:0.00} {total.Bytes / 1048576.0 / total.Time.TotalSeconds,8:0.0}");
        console.Out.WriteLine($"target: >= 20 MB/s on one core; recall on the generated corpus {100.0 * total.Found / Math.Max(1, total.Tools):0.00} %");
    }

    /// <summary>One file per language first, so the figures measure extraction, not the JIT compiling it.</summary>
    private static void Warm(ToolExtractorSet extractors, int fileBytes)
    {
        var generator = new SourceCorpusGenerator(seed: 1);
        foreach (var extension in SourceCorpusGenerator.Extensions)
        {
            for (var i = 0; i < 3; i++)
            {
                var file = new SourceFile($"warm{extension}", generator.File(extension, fileBytes, out _));
                var context = new ExtractionContext("warm", new Dictionary<string, SourceFile> { [file.Path] = file });
                foreach (var extractor in extractors.For(file))
                {
                    _ = extractor.Extract(file, context).Count();
                }
            }
        }
    }
}
