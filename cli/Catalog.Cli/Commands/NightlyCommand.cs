using System.CommandLine;
using Catalog.Cli.Stages;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog nightly</c>: crawl, classify and build, in that order, each incremental.</summary>
public sealed class NightlyCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var source = CommonOptions.Source();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var network = new CrawlOptions();
        var command = new Command("nightly", "Run the whole job: crawl (a local folder, or the network sources), classify new definitions, rebuild the site.") { db, source, output, baseUrl };
        network.AddTo(command);
        command.SetAction(parsed =>
        {
            var settings = network.Read(parsed);
            using var database = Composition.OpenDatabase(parsed.GetValue(db)!);
            var crawl = CrawlCommand.Crawl(database, settings, parsed, source, console);
            var classify = new ClassifyStage(database.Runs, database.Classifications, Composition.Classifier(), console).Run();
            var build = new BuildStage(database.Reader, Composition.Policies(), console).Run(parsed.GetValue(output)!.FullName, parsed.GetValue(baseUrl)!);
            return (int)StageOutcomes.ToExitCode(crawl, classify, build);
        });
        return command;
    }
}
