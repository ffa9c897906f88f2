using System.CommandLine;
using Catalog.Cli.Commands;

namespace Catalog.Cli;

/// <summary>The <c>catalog</c> command line: parses, dispatches to one thin command class, maps the outcome to an exit code.</summary>
public static class CatalogApp
{
    /// <summary>How long a stopped command may take to reach a safe point before the process ends anyway (which is safe too, only abrupt).</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    public static ExitCode Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = new CliConsole(stdout, stderr);
        var root = new RootCommand("Catalog: every public MCP server's tools, what they can do, and the policy to put in front of them.");
        foreach (var command in new ICatalogCommand[]
        {
            new CrawlCommand(), new ClassifyCommand(), new BuildCommand(), new NightlyCommand(),
            new ServeCommand(), new ExtractCommand(), new PolicyCommand(), new EvalCommand(), new EvalExtractionCommand(), new TrainCommand(), new BenchCommand(),
        })
        {
            root.Subcommands.Add(command.Create(console));
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'catalog --help' for usage.");
            return ExitCode.Fatal;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = StopGrace };
            var code = parsed.InvokeAsync(configuration).GetAwaiter().GetResult();
            return Enum.IsDefined((ExitCode)code) ? (ExitCode)code : ExitCode.Fatal;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("cancelled: stopped on request; what was finished is stored (one transaction per repository and batch), and the site is the previous one or the new one whole, never a mix.");
            return ExitCode.Cancelled;
        }
        catch (CatalogUsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCode.Fatal;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"fatal: {ex.GetType().Name}: {ex.Message}");
            return ExitCode.Fatal;
        }
    }
}
