using System.CommandLine;
using Catalog.Cli.Commands;

namespace Catalog.Cli;

/// <summary>The <c>catalog</c> command line: parses, dispatches to one thin command class, maps the outcome to an exit code.</summary>
public static class CatalogApp
{
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
            var code = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            return Enum.IsDefined((ExitCode)code) ? (ExitCode)code : ExitCode.Fatal;
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
