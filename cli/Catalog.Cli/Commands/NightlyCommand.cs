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
        StoppableAction.Set(command, (parsed, cancellation) =>
        {
            var settings = network.Read(parsed);
            using var database = Composition.OpenDatabase(parsed.GetValue(db)!);
            var crawl = CrawlCommand.Crawl(database, settings, parsed, source, console, cancellation);
            var classify = new ClassifyStage(database.Runs, database.Classifications, Composition.Classifier(), console).Run(cancellation);
            var build = new BuildStage(database.Reader, Composition.Policies(), console).Run(parsed.GetValue(output)!.FullName, parsed.GetValue(baseUrl)!, cancellation);
            return (int)StageOutcomes.ToExitCode(crawl, classify, build);
        });
        return command;
    }
}
