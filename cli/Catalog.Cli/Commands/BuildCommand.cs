using System.CommandLine;
using Catalog.Cli.Stages;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog build</c>: render the static site from the database.</summary>
public sealed class BuildCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var command = new Command("build", "Build the static site (pages, policies, JSON API) from the database.") { db, output, baseUrl };
        StoppableAction.Set(command, (parsed, cancellation) =>
        {
            var file = parsed.GetValue(db)!;
            if (!file.Exists)
            {
                throw new CatalogUsageException($"database '{file.FullName}' does not exist; run 'catalog crawl' or 'catalog nightly' first.");
            }

            using var database = Composition.OpenDatabase(file);
            var outcome = new BuildStage(database.Reader, Composition.Policies(), console).Run(parsed.GetValue(output)!.FullName, parsed.GetValue(baseUrl)!, cancellation);
            return (int)StageOutcomes.ToExitCode(outcome);
        });
        return command;
    }
}
