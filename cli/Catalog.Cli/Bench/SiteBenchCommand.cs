using System.CommandLine;

namespace Catalog.Cli.Bench;

/// <summary><c>catalog bench site --tools N</c>: the site build against Hugo and the bare write floor.</summary>
public static class SiteBenchCommand
{
    public static Command Create(CliConsole console)
    {
        var tools = new Option<int>("--tools") { Description = "How many generated tools to build pages for.", DefaultValueFactory = _ => 100_000 };
        var work = new Option<DirectoryInfo>("--work") { Description = "Where the sites are built (removed afterwards).", DefaultValueFactory = _ => new DirectoryInfo(Path.GetTempPath()) };
        var skipHugo = new Option<bool>("--skip-hugo") { Description = "Leave Hugo out (at 600,000 pages it needs many GB and minutes)." };
        var threads = new Option<int?>("--threads") { Description = "Servers prepared and rendered at once, and threads writing the floor (default: one per core to prepare, two per core to render and write)." };
        var command = new Command("site", "Site build rate against Hugo and the bare file-writing floor, peak memory, and a one-server rebuild.") { tools, work, skipHugo, threads };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(tools);
            if (count <= 0)
            {
                throw new CatalogUsageException("--tools must be a positive number.");
            }

            if (parsed.GetValue(threads) is <= 0)
            {
                throw new CatalogUsageException("--threads must be a positive number.");
            }

            return (int)new SiteBenchmark(count, parsed.GetValue(work)!.FullName, Composition.Policies(), console)
            {
                SkipHugo = parsed.GetValue(skipHugo),
                Threads = parsed.GetValue(threads),
            }.Run();
        });
        return command;
    }
}
