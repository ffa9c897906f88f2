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
    public void Extract_MissingFolder_ExitsWithUsageError()
    {
        using var temp = new TemporaryDirectory();

        var result = CliProcess.Run(temp.Path, "extract", temp.Combine("does-not-exist"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
    }

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
