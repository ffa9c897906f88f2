using System.CommandLine;
using Catalog.Cli.Bench;

namespace Catalog.Cli.Commands;

/// <summary>
/// <c>catalog bench …</c>: speed measurements that print figures. They are separate from the test suite,
/// which never asserts on timings. Run them from a Release build.
/// </summary>
public sealed class BenchCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var command = new Command("bench", "Print throughput figures for extraction, classification and the site build.");
        command.Subcommands.Add(Extract(console));
        command.Subcommands.Add(Classify(console));
        command.Subcommands.Add(SiteBenchCommand.Create(console));
        return command;
    }

    private static Command Extract(CliConsole console)
    {
        var megabytes = new Option<int>("--megabytes") { Description = "Size of the generated source corpus.", DefaultValueFactory = _ => 200 };
        var command = new Command("extract", "Extraction throughput in MB of source per second over a generated corpus in six languages.") { megabytes };
        command.SetAction(parsed =>
        {
            ExtractBenchmark.Run(Positive(parsed.GetValue(megabytes), "--megabytes"), console);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static Command Classify(CliConsole console)
    {
        var tools = new Option<int>("--tools") { Description = "How many generated tools to classify.", DefaultValueFactory = _ => 600_000 };
        var command = new Command("classify", "Tools classified per second, shipped classifier and its parts side by side.") { tools };
        command.SetAction(parsed =>
        {
            ClassifyBenchmark.Run(Positive(parsed.GetValue(tools), "--tools"), console);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new CatalogUsageException($"{option} must be a positive number.");
}
