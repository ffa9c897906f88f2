using System.Diagnostics;

namespace Catalog.Site.Pipeline;

/// <summary>Wall and process processor time of a build's consecutive phases (see <see cref="SiteBuildResult.PhaseTimes"/>).</summary>
internal sealed class PhaseClock
{
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private TimeSpan processorAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    public Dictionary<string, TimeSpan> Wall { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TimeSpan> Processor { get; } = new(StringComparer.Ordinal);

    /// <summary>Ends the phase running since the last call (or since the clock was made) and starts the next.</summary>
    public void End(string phase)
    {
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        Wall[phase] = wall.Elapsed;
        Processor[phase] = processor - processorAtStart;
        wall.Restart();
        processorAtStart = processor;
    }
}
