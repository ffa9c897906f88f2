namespace Catalog.Cli.Tests;

/// <summary>Exit codes and messages for bad usage, run in-process through the same entry point the program uses.</summary>
public sealed class CliUsageTests
{
    [Fact]
    public void Run_UnknownCommand_ReturnsFatalWithMessage()
    {
        var (code, _, stderr) = Run("frobnicate");

        Assert.Equal(ExitCode.Fatal, code);
        Assert.Contains("frobnicate", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MissingDatabase_ReturnsFatalWithHint()
    {
        var (code, _, stderr) = Run("build", "--db", Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.db"), "--out", Path.GetTempPath());

        Assert.Equal(ExitCode.Fatal, code);
        Assert.Contains("catalog nightly", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_OutputWithoutInput_ReturnsFatal()
    {
        var (code, _, stderr) = Run("classify", "--output", "x.jsonl");

        Assert.Equal(ExitCode.Fatal, code);
        Assert.Contains("--output goes with --input", stderr, StringComparison.Ordinal);
    }

    private static (ExitCode Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CatalogApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
