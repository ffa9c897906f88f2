using System.CommandLine;
using Catalog.Cli.Stages;
using Catalog.Crawler.Sources;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog crawl</c>: discover repositories and store their tools.</summary>
public sealed class CrawlCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var source = CommonOptions.Source();
        var command = new Command("crawl", "Discover MCP server repositories and store every tool definition found in them.") { db, source };
        command.SetAction(parsed =>
        {
            var sourceDir = parsed.GetValue(source)!;
            var repositories = SourceFactory.Local(sourceDir);
            using var database = Composition.OpenDatabase(parsed.GetValue(db)!);
            var outcome = new CrawlStage(database.Runs, database.Servers, Composition.Scanner(), console).Run(repositories);
            return (int)StageOutcomes.ToExitCode(outcome);
        });
        return command;
    }
}
