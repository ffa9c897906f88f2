namespace Catalog.Cli.Tests.Evaluation;

/// <summary><c>catalog eval-extraction</c> run in-process through the program's entry point.</summary>
public sealed class EvalExtractionCommandTests
{
    [Fact]
    public void EvalExtraction_TwoCheckouts_PrintsFiguresAndEachMissAndExtra()
    {
        // Given two invented checkouts and their labelled file
        using var checkouts = new EvalCheckouts();

        // When
        var (code, stdout, stderr) = Run("eval-extraction", "--data", checkouts.Labelled, "--repos", checkouts.Repositories);

        // Then
        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("recall 80.0 %  precision 80.0 %  exact descriptions 2/3 = 66.7 %", stdout, StringComparison.Ordinal);
        Assert.Contains("acme/alpha: groom_cat", stdout, StringComparison.Ordinal);
        Assert.Contains("acme/alpha: bath_dog (ts-tool at src/index.ts:6)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("acme/gamma", stdout, StringComparison.Ordinal);
        Assert.Contains("1 lines of labelled.jsonl could not be read", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalExtraction_MissingCheckoutsFolder_ReturnsFatal()
    {
        // Given a folder that does not exist
        using var checkouts = new EvalCheckouts();
        var absent = Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}");

        // When
        var (code, _, stderr) = Run("eval-extraction", "--data", checkouts.Labelled, "--repos", absent);

        // Then
        Assert.Equal(ExitCode.Fatal, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    private static (ExitCode Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CatalogApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
