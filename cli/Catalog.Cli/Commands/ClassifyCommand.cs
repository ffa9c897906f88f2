using System.CommandLine;
using Catalog.Cli.Output;
using Catalog.Cli.Stages;

namespace Catalog.Cli.Commands;

/// <summary>
/// <c>catalog classify</c>: label the stored tools, or, with <c>--input</c>, label tools given as
/// JSON lines without any database (for server authors and pipelines).
/// </summary>
public sealed class ClassifyCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var input = new Option<FileInfo?>("--input") { Description = "JSON lines of tools (name, description, inputSchema, annotations) to label instead of the database." };
        var output = new Option<FileInfo?>("--output") { Description = "Where --input's labelled JSON lines go (standard output when absent)." };
        var command = new Command("classify", "Label tools Read/Write/Execute with flags, risk, confidence and reasons.") { db, input, output };
        command.SetAction(parsed =>
        {
            var inputFile = parsed.GetValue(input);
            if (inputFile is not null)
            {
                return (int)JsonLinesClassifier.Run(inputFile, parsed.GetValue(output), Composition.Classifier(), console);
            }

            if (parsed.GetValue(output) is not null)
            {
                throw new CatalogUsageException("--output goes with --input.");
            }

            using var database = Composition.OpenDatabase(parsed.GetValue(db)!);
            var outcome = new ClassifyStage(database.Runs, database.Classifications, Composition.Classifier(), console).Run();
            return (int)StageOutcomes.ToExitCode(outcome);
        });
        return command;
    }
}
