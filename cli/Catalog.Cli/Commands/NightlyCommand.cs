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
        var command = new Command("nightly", "Run the whole job: crawl the source, classify new definitions, rebuild the site.") { db, source, output, baseUrl };
        command.SetAction(parsed =>
        {
            var repositories = SourceFactory.Local(parsed.GetValue(source)!);
            using var database = Composition.OpenDatabase(parsed.GetValue(db)!);
            var crawl = new CrawlStage(database.Runs, database.Servers, Composition.Scanner(), console).Run(repositories);
            var classify = new ClassifyStage(database.Runs, database.Classifications, Composition.Classifier(), console).Run();
            var build = new BuildStage(database.Reader, Composition.Policies(), console).Run(parsed.GetValue(output)!.FullName, parsed.GetValue(baseUrl)!);
            return (int)StageOutcomes.ToExitCode(crawl, classify, build);
        });
        return command;
    }
}
