namespace Catalog.Site;

/// <summary>
/// What a build did. "Pages" here are all output files (HTML, JSON, XML, text, assets) except the
/// manifest: <see cref="PagesWritten"/> were new or changed, <see cref="PagesUnchanged"/> had the same
/// content as before and were carried over, <see cref="FilesRemoved"/> were in the previous site only.
/// </summary>
public sealed record SiteBuildResult
{
    public required int PagesWritten { get; init; }
    public required int PagesUnchanged { get; init; }
    public required int FilesRemoved { get; init; }
    public required int Servers { get; init; }
    public required int Tools { get; init; }

    /// <summary>Servers whose folder was rendered; the others were carried over from the previous build as they were.</summary>
    public int ServersRendered { get; init; }

    /// <summary>
    /// Servers read from the catalogue to index them: all of them, or after a small change (the catalogue
    /// reporting stamps and the previous build's state being usable) only those whose stamp changed.
    /// </summary>
    public int ServersRead { get; init; }

    /// <summary>Servers whose lines in the JSON-lines export were copied from the previous build's export rather than made again.</summary>
    public int ExportServersReused { get; init; }
    public required TimeSpan Elapsed { get; init; }

    /// <summary>The size of the search index written.</summary>
    public Search.SearchIndexStats? Search { get; init; }

    /// <summary>Wall time of the build's phases in order: first pass, plan, servers and site-wide files (made alongside), commit.</summary>
    public IReadOnlyDictionary<string, TimeSpan> PhaseTimes { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>
    /// Processor time the whole process spent (user and kernel, every thread) during each phase of <see cref="PhaseTimes"/>:
    /// next to the wall time it tells a phase that waits on the disk from one that keeps the cores busy.
    /// </summary>
    public IReadOnlyDictionary<string, TimeSpan> PhaseProcessorTimes { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>Time spent in each step, summed over servers and threads (so it can exceed <see cref="Elapsed"/>), largest first.</summary>
    public IReadOnlyDictionary<string, TimeSpan> StepTimes { get; init; } = new Dictionary<string, TimeSpan>();
}
