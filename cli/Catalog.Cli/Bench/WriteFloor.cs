using System.Diagnostics;

namespace Catalog.Cli.Bench;

/// <summary>
/// The least any site generator must spend: writing the same files (same paths, so the same folder
/// per page, and the same sizes) with nothing computed, on as many threads as the build renders with.
/// </summary>
public static class WriteFloor
{
    /// <returns>How long the writing took, and the processor time the process spent meanwhile.</returns>
    public static (TimeSpan Elapsed, ProcessorTime Processor) Run(string site, string folder, int parallelism)
    {
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(site, f), new FileInfo(f).Length))
            .ToList();
        var largest = files.Count == 0 ? 0 : files.Max(f => f.Item2);
        var content = new byte[largest];
        Array.Fill(content, (byte)'x');
        var processor = ProcessorTime.Start();
        var clock = Stopwatch.StartNew();
        // The files of a folder come one after another, and each thread takes a run of them: a thread makes a folder
        // only when it moves to another, as the build does, so the floor spends no call the build does not.
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, () => "", (file, _, lastFolder) =>
        {
            var path = Path.Combine(folder, file.Item1);
            var parent = Path.GetDirectoryName(path)!;
            if (parent != lastFolder)
            {
                Directory.CreateDirectory(parent);
            }

            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
            stream.Write(content, 0, (int)file.Item2);
            return parent;
        }, _ => { });
        return (clock.Elapsed, processor.Stop());
    }
}
