using System.Text.Json;
using Catalog.Crawler.Repositories;
using Catalog.Testing;
using RepositoryPaths = Catalog.Testing.RepositoryPaths;

namespace Catalog.Cli.Tests;

/// <summary><c>catalog extract</c> over the bundled samples finds every listed tool, exactly, and nothing else.</summary>
public sealed class ExtractCommandTests
{
    private static readonly IReadOnlyList<ExpectedSampleTool> Expected = ExpectedSampleTool.LoadAll();

    [Fact]
    public void Extract_Samples_FindsEveryExpectedToolAndNothingElse()
    {
        using var temp = new TemporaryDirectory();

        var result = CliProcess.Run(temp.Path, "extract", RepositoryPaths.Samples);

        Assert.True(result.ExitCode == 0, result.ToString());
        var found = ParseLines(result.Stdout);
        var expectedKeys = Expected.Select(Key).Order(StringComparer.Ordinal).ToList();
        var foundKeys = found.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedKeys, foundKeys);
    }

    [Fact]
    public void Extract_Samples_GivesExactDescriptionsLinesAndParameters()
    {
        using var temp = new TemporaryDirectory();

        var found = ParseLines(CliProcess.Run(temp.Path, "extract", RepositoryPaths.Samples).Stdout);

        var mismatches = new List<string>();
        foreach (var tool in Expected)
        {
            if (!found.TryGetValue(Key(tool), out var line))
            {
                continue;
            }

            if (line.GetProperty("description").GetString() != tool.Description)
            {
                mismatches.Add($"{Key(tool)} description: expected «{tool.Description}» got «{line.GetProperty("description").GetString()}»");
            }

            if (line.GetProperty("path").GetString() != tool.Path || line.GetProperty("line").GetInt32() != tool.Line)
            {
                mismatches.Add($"{Key(tool)} location: expected {tool.Path}:{tool.Line} got {line.GetProperty("path").GetString()}:{line.GetProperty("line").GetInt32()}");
            }

            var parameters = line.GetProperty("inputSchema").TryGetProperty("properties", out var props)
                ? props.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            if (!parameters.SequenceEqual(tool.Params.Order(StringComparer.Ordinal)))
            {
                mismatches.Add($"{Key(tool)} params: expected [{string.Join(",", tool.Params)}] got [{string.Join(",", parameters)}]");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Extract_TableFormat_PrintsToolNamesForPeople()
    {
        using var temp = new TemporaryDirectory();

        var result = CliProcess.Run(temp.Path, "extract", Path.Combine(RepositoryPaths.Samples, Expected[0].Repository), "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Expected[0].Name, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("tools in", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TableFormat_HiddenCharactersAndTerminalEscapesShownAsMarkers()
    {
        // Given a server whose tool name holds a bidi override and whose description holds terminal escape sequences
        // (conceal, set the window title) and a zero-width space, all written as JavaScript escapes in its source
        using var temp = new TemporaryDirectory();
        var repository = temp.Combine("hostile-server");
        Directory.CreateDirectory(Path.Combine(repository, "src"));
        File.WriteAllText(Path.Combine(repository, "package.json"), """{ "name": "hostile-server", "dependencies": { "@modelcontextprotocol/sdk": "1.0.0" } }""");
        File.WriteAllText(Path.Combine(repository, "src", "index.ts"), """
            import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
            const server = new McpServer({ name: "hostile", version: "1.0.0" });
            server.tool("report\u202Efdp.exe", "Reads \u001b[8mhidden\u001b[0m notes\u001b]0;pwned\u0007 here\u200B.", {}, async () => ({ content: [] }));
            """);

        // When it is extracted as a table
        var result = CliProcess.Run(temp.Path, "extract", repository, "--format", "table");

        // Then every hidden character is a visible marker, and none reaches the terminal as itself
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("report[U+202E]fdp.exe", Column(result.Stdout, 2));
        Assert.Equal("Reads[U+001B][8mhidden[U+001B][0mnotes[U+001B]]0;pwned[U+0007]here[U+200B].", Column(result.Stdout, 5));
        Assert.DoesNotContain('\u202E', result.Stdout);
        Assert.DoesNotContain('\u001B', result.Stdout);
        Assert.DoesNotContain('\u0007', result.Stdout);
        Assert.DoesNotContain('\u200B', result.Stdout);
    }

    [Fact]
    public void Extract_MissingFolder_ExitsWithUsageError()
    {
        using var temp = new TemporaryDirectory();

        var result = CliProcess.Run(temp.Path, "extract", temp.Combine("does-not-exist"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A table column's text over all its wrapped lines, without spaces (the table wraps cells at any width).</summary>
    private static string Column(string table, int column) => string.Concat(
        table.Split('\n').Where(line => line.StartsWith('│') && !line.Contains("Description", StringComparison.Ordinal))
            .Select(line => line.Split('│')[column].Replace(" ", "", StringComparison.Ordinal)));

    private static string Key(ExpectedSampleTool tool) =>
        $"{ServerSlugs.ForServer(ServerSlugs.FromRepository(tool.Repository), tool.Subfolder)}/{tool.Name}";

    private static Dictionary<string, JsonElement> ParseLines(string stdout)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var json = JsonDocument.Parse(line).RootElement.Clone();
            result.Add($"{json.GetProperty("server").GetString()}/{json.GetProperty("name").GetString()}", json);
        }

        return result;
    }
}
