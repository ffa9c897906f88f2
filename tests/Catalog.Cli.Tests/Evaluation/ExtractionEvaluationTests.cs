using Catalog.Cli.Evaluation;
using Catalog.Crawler.Repositories;

namespace Catalog.Cli.Tests.Evaluation;

public sealed class ExtractionEvaluationTests
{
    [Fact]
    public void Run_TwoCheckouts_CountsMatchesMissesExtrasAndDescriptions()
    {
        // Given two invented checkouts and a labelled file listing them (and a repository with no checkout)
        using var checkouts = new EvalCheckouts();
        var expected = ExpectedTool.ReadJsonLines(checkouts.Labelled, out var skipped);

        // When the real extraction runs over the checkouts
        var report = new ExtractionEvaluation(RepositoryScanner.CreateDefault()).Run(expected, checkouts.Repositories);

        // Then only checked-out repositories count, names are matched exactly and descriptions after normalising
        Assert.Equal(1, skipped);
        Assert.Equal(["acme/alpha", "acme/beta"], report.Repositories.Select(r => r.Repository));
        Assert.Equal((5, 5, 4), (report.Expected, report.Found, report.Matched));
        Assert.Equal(0.8, report.Recall, 3);
        Assert.Equal(0.8, report.Precision, 3);
        Assert.Equal((2, 1), (report.ExactDescriptions, report.PlaceholderDescriptions));
        Assert.Equal(2.0 / 3.0, report.ExactDescriptionRate, 3);
        var alpha = report.Repositories[0];
        Assert.Equal(["groom_cat"], alpha.Missed);
        Assert.Equal("bath_dog", Assert.Single(alpha.Extra).Name);
        var different = Assert.Single(alpha.DifferentDescriptions);
        Assert.Equal(("pet_cat", "Pet the cat firmly.", "Pet the cat gently."), (different.Name, different.Expected, different.Found));
    }

    [Theory]
    [InlineData("octo__tools", "octo/tools")]
    [InlineData("octo__my__tools", "octo/my__tools")]
    [InlineData("octo-tools", null)]
    [InlineData("__tools", null)]
    [InlineData("octo__", null)]
    public void RepositoryOf_FolderName_SplitsAtTheFirstDoubleUnderscore(string folder, string? repository)
    {
        // Given / When / Then
        Assert.Equal(repository, ExtractionEvaluation.RepositoryOf(folder));
    }
}
