using System.CommandLine;
using Catalog.Cli.Output;
using Catalog.Crawler.Repositories;
using Catalog.Domain.Servers;
using Catalog.Domain.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Catalog.Cli.Commands;

/// <summary>
/// <c>catalog extract DIR</c>: the tools found in a folder (one repository, or a folder of them), without a database.
/// JSON lines on standard output by default; a summary on standard error.
/// </summary>
public sealed class ExtractCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var folder = new Argument<DirectoryInfo>("dir") { Description = "A repository folder, or a folder of repository folders." };
        var format = new Option<string>("--format") { Description = "jsonl (default) or table.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("extract", "Print the tool definitions found in source code, without a database.") { folder, format };
        command.SetAction(parsed =>
        {
            var source = SourceFactory.Local(parsed.GetValue(folder)!);
            var scanner = Composition.Scanner();
            var servers = new List<ServerSnapshot>();
            var failed = 0;
            foreach (var repository in source.Discover())
            {
                try
                {
                    servers.AddRange(scanner.Scan(repository));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failed++;
                    console.Log($"extract: {repository.Descriptor.Repository} failed: {ex.Message}");
                }
            }

            if (parsed.GetValue(format) == "table")
            {
                WriteTable(servers, console);
            }
            else
            {
                WriteJsonLines(servers, console);
            }

            foreach (var skip in servers.SelectMany(s => s.Skipped))
            {
                console.Log($"extract: skipped {skip.Repository}/{skip.Path}: {skip.Reason}");
            }

            console.Log($"extract: {servers.Sum(s => s.Tools.Count)} tools in {servers.Count} servers; {servers.Sum(s => s.Skipped.Count)} files skipped; {failed} repositories failed");
            return (int)(failed > 0 ? ExitCode.PartialFailure : ExitCode.Success);
        });
        return command;
    }

    private static void WriteJsonLines(IEnumerable<ServerSnapshot> servers, CliConsole console)
    {
        foreach (var server in servers)
        {
            foreach (var tool in server.Tools)
            {
                console.Out.WriteLine(JsonLines.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("server", server.Identity.Slug);
                    w.WriteString("repository", server.Identity.Repository);
                    w.WriteString("subfolder", server.Identity.Subfolder);
                    ToolJsonWriter.WriteDefinition(w, tool);
                    w.WriteString("path", tool.Location.Path);
                    w.WriteNumber("line", tool.Location.Line);
                    w.WriteString("method", tool.Method);
                    w.WriteString("contentHash", tool.ContentHash);
                    w.WriteEndObject();
                }));
            }
        }
    }

    private static void WriteTable(IEnumerable<ServerSnapshot> servers, CliConsole console)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) });
        var table = new Table().AddColumns("Server", "Tool", "Method", "Defined at", "Description");
        foreach (var server in servers)
        {
            foreach (var tool in server.Tools)
            {
                // Text cells, never markup: tool names and descriptions are the repository's words, not ours. Hidden
                // characters are shown as markers: a bidi override would reorder the row, and an escape character
                // would start a control sequence in the reader's terminal.
                table.AddRow(new IRenderable[]
                {
                    Cell(server.Identity.Slug), Cell(tool.Name), Cell(tool.Method),
                    Cell(tool.Location.ToString()), Cell(Shorten(HiddenCharacters.Reveal(tool.Description))),
                });
            }
        }

        ansi.Write(table);
    }

    private static Text Cell(string text) => new(HiddenCharacters.Reveal(text));

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= 80)
        {
            return oneLine;
        }

        // Never half a surrogate pair at the cut.
        var cut = char.IsHighSurrogate(oneLine[78]) ? 78 : 79;
        return oneLine[..cut] + "…";
    }
}
