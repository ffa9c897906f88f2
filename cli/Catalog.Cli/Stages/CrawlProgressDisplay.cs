using Catalog.Crawler.Sources;
using Spectre.Console;

namespace Catalog.Cli.Stages;

/// <summary>
/// Shows a network crawl's progress: a Spectre.Console bar when standard error is a terminal, otherwise a plain line
/// every few seconds (logs and CI keep a readable record). Problems are listed as they come in plain mode, and after
/// the bar in terminal mode, so they never tear the bar.
/// </summary>
internal sealed class CrawlProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly CliConsole console;
    private readonly RepositoryCrawlProgress progress;
    private readonly List<string> deferred = [];
    private ProgressTask? bar;
    private DateTimeOffset lastLine = DateTimeOffset.UtcNow;

    private CrawlProgressDisplay(CliConsole console, RepositoryCrawlProgress progress)
    {
        this.console = console;
        this.progress = progress;
    }

    /// <summary>Runs <paramref name="crawl"/> under a progress display; it calls back with the display to advance and log.</summary>
    public static void Run(CliConsole console, RepositoryCrawlProgress progress, Action<CrawlProgressDisplay> crawl)
    {
        var display = new CrawlProgressDisplay(console, progress);
        if (!IsTerminal(console))
        {
            crawl(display);
            return;
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                display.bar = context.AddTask("crawl: discovering", maxValue: 1);
                crawl(display);
                display.Refresh();
                display.bar.StopTask();
            });
        foreach (var line in display.deferred)
        {
            console.Log(line);
        }
    }

    /// <summary>Called after each result is stored.</summary>
    public void Advance()
    {
        if (bar is not null)
        {
            Refresh();
            return;
        }

        var now = DateTimeOffset.UtcNow;
        if (now - lastLine >= PlainInterval)
        {
            lastLine = now;
            console.Log($"crawl: {progress.Completed} of {progress.Discovered}{(progress.DiscoveryFinished ? "" : "+")} repositories done");
        }
    }

    public void Log(string line)
    {
        if (bar is null)
        {
            console.Log(line);
        }
        else
        {
            deferred.Add(line);
        }
    }

    private void Refresh()
    {
        if (bar is null)
        {
            return;
        }

        bar.MaxValue = Math.Max(1, progress.Discovered);
        bar.Value = progress.Completed;
        bar.Description = progress.DiscoveryFinished ? $"crawl: {progress.Completed}/{progress.Discovered}" : $"crawl: {progress.Completed}/{progress.Discovered}+ (discovering)";
    }

    private static bool IsTerminal(CliConsole console) =>
        ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
}
