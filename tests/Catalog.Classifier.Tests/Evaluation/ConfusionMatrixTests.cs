using Catalog.Classifier.Evaluation;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Tests.Evaluation;

public sealed class ConfusionMatrixTests
{
    /// <summary>
    /// Rows are truth, columns prediction (Read, Write, Execute):
    ///   Read    [5 1 0]
    ///   Write   [2 3 1]
    ///   Execute [0 1 2]
    /// Worked by hand: Read P=5/7 R=5/6, Write P=3/5 R=3/6, Execute P=2/3 R=2/3; accuracy 10/15.
    /// </summary>
    private static ConfusionMatrix HandWorked() => new(["Read", "Write", "Execute"], new[,] { { 5, 1, 0 }, { 2, 3, 1 }, { 0, 1, 2 } });

    [Fact]
    public void PerClass_HandWorkedMatrix_GivesPrecisionRecallAndF1()
    {
        // Given the hand-worked matrix
        var matrix = HandWorked();

        // When the per-class figures are read
        var read = matrix.PerClass[0];
        var write = matrix.PerClass[1];
        var execute = matrix.PerClass[2];

        // Then they match the hand computation
        Assert.Equal(5.0 / 7, read.Precision, 9);
        Assert.Equal(5.0 / 6, read.Recall, 9);
        Assert.Equal(2 * (5.0 / 7) * (5.0 / 6) / ((5.0 / 7) + (5.0 / 6)), read.F1, 9);
        Assert.Equal(3.0 / 5, write.Precision, 9);
        Assert.Equal(0.5, write.Recall, 9);
        Assert.Equal(6.0 / 11, write.F1, 9);
        Assert.Equal(2.0 / 3, execute.F1, 9);
        Assert.Equal(6, write.Support);
        Assert.Equal(5, write.Predicted);
    }

    [Fact]
    public void MacroF1AndAccuracy_HandWorkedMatrix_MatchTheHandComputation()
    {
        // Given the hand-worked matrix
        var matrix = HandWorked();

        // When the summary figures are read
        var macro = matrix.MacroF1;

        // Then macro-F1 is the plain mean of the three F1s and accuracy the diagonal share
        Assert.Equal(((10.0 / 13) + (6.0 / 11) + (2.0 / 3)) / 3, macro, 9);
        Assert.Equal(10.0 / 15, matrix.Accuracy, 9);
        Assert.Equal(15, matrix.Total);
    }

    [Fact]
    public void AccuracyWithin_OrderedClasses_CountsNeighbours()
    {
        // Given risk outcomes: two exact, one off by one, one off by three
        var matrix = ConfusionMatrix.From<RiskLevel>(
        [
            (RiskLevel.Low, RiskLevel.Low),
            (RiskLevel.High, RiskLevel.High),
            (RiskLevel.Medium, RiskLevel.High),
            (RiskLevel.Critical, RiskLevel.Low),
        ]);

        // When exact and within-one accuracy are read
        // Then neighbours count only for within-one
        Assert.Equal(0.5, matrix.Accuracy, 9);
        Assert.Equal(0.75, matrix.AccuracyWithin(1), 9);
        Assert.Equal(1, matrix.Count((int)RiskLevel.Medium, (int)RiskLevel.High));
    }

    [Fact]
    public void PerClass_ClassNeverPredicted_HasZeroPrecisionNotAnError()
    {
        // Given a class that is present but never predicted
        var matrix = ConfusionMatrix.From<ToolCategory>([(ToolCategory.Execute, ToolCategory.Write), (ToolCategory.Write, ToolCategory.Write)]);

        // When its figures are read
        var execute = matrix.PerClass[(int)ToolCategory.Execute];

        // Then they are zero
        Assert.Equal(0, execute.Precision);
        Assert.Equal(0, execute.Recall);
        Assert.Equal(0, execute.F1);
    }

    [Fact]
    public void ToText_HandWorkedMatrix_ShowsCountsAndFigures()
    {
        // Given the hand-worked matrix
        var text = HandWorked().ToText();

        // Then each row shows its counts and support, and the per-class table its figures
        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("Write", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].SequenceEqual(["2", "3", "1", "6"]));
        Assert.Contains(lines, l => l.StartsWith("Write", StringComparison.Ordinal) && l.Contains("0.600", StringComparison.Ordinal) && l.Contains("0.500", StringComparison.Ordinal) && l.Contains("0.545", StringComparison.Ordinal));
    }
}
