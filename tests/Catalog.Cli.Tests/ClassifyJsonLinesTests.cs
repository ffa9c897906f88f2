using System.Text.Json;
using Catalog.Testing;

namespace Catalog.Cli.Tests;

/// <summary><c>catalog classify --input --output</c> labels JSON lines without a database and reports bad lines by number.</summary>
public sealed class ClassifyJsonLinesTests
{
    [Fact]
    public void Classify_JsonLines_AddsLabelsAndReportsBadLines()
    {
        using var temp = new TemporaryDirectory();
        var input = temp.WriteFile("tools.jsonl", string.Join('\n',
            """{"name":"run_shell_command","description":"Execute a shell command on the host and return its output.","inputSchema":{"type":"object","properties":{"command":{"type":"string"}},"required":["command"]}}""",
            "this is not json",
            """{"name":"list_invoices","description":"List invoices for a customer.","annotations":{"readOnlyHint":true}}""",
            """{"description":"no name here"}""",
            ""));
        var output = temp.Combine("labelled.jsonl");

        var result = CliProcess.Run(temp.Path, "classify", "--input", input, "--output", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("line 2", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 4", result.Stderr, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        var shell = lines[0];
        Assert.Equal("run_shell_command", shell.GetProperty("name").GetString());
        Assert.Equal("Execute", shell.GetProperty("category").GetString());
        Assert.Equal("Critical", shell.GetProperty("risk").GetString());
        Assert.NotEqual(0, shell.GetProperty("reasons").GetArrayLength());
        Assert.InRange(shell.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Equal("Read", lines[1].GetProperty("category").GetString());
        Assert.True(lines[1].GetProperty("financial").GetBoolean());
    }
}
