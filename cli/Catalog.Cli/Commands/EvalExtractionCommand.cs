using System.CommandLine;
using Catalog.Cli.Evaluation;

namespace Catalog.Cli.Commands;

/// <summary>
/// <c>catalog eval-extraction --data FILE --repos DIR</c>: extraction recall, precision and exact-description
/// rate on local checkouts (folders named <c>owner__name</c>) of repositories a labelled dataset lists.
/// </summary>
public sealed class EvalExtractionCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var data = new Option<FileInfo?>("--data") { Description = "Labelled JSON lines (repo, tool_name, description); defaults to ../shared/datasets/mcp-tools-train.jsonl found above the current folder." };
        var repos = new Option<DirectoryInfo>("--repos") { Description = "A folder of checkouts, each named owner__name.", Required = true };
        var command = new Command("eval-extraction", "Measure tool extraction against labelled repositories: recall, precision, exact descriptions, and every miss and extra.") { data, repos };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(data) ?? DatasetLocator.TrainingFile();
            if (!file.Exists)
            {
                throw new CatalogUsageException($"labelled data '{file.FullName}' does not exist.");
            }

            var folder = parsed.GetValue(repos)!;
            if (!folder.Exists)
            {
                throw new CatalogUsageException($"checkouts folder '{folder.FullName}' does not exist.");
            }

            var expected = ExpectedTool.ReadJsonLines(file.FullName, out var skipped);
            if (skipped > 0)
            {
                console.Log($"eval-extraction: {skipped} lines of {file.Name} could not be read and were skipped");
            }

            var report = new ExtractionEvaluation(Composition.Scanner()).Run(expected, folder.FullName);
            if (report.Repositories.Count == 0)
            {
                console.Log($"eval-extraction: no folder in {folder.FullName} is named after a repository of {file.Name} (owner__name)");
            }

            console.Out.Write(report.ToText());
            return (int)(report.Failures.Count > 0 ? ExitCode.PartialFailure : ExitCode.Success);
        });
        return command;
    }
}
