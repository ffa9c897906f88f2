using Catalog.Classifier.Evaluation;

namespace Catalog.Classifier.Tests.Evaluation;

public sealed class BinaryMetricsTests
{
    [Fact]
    public void From_Outcomes_CountsEachCellAndDerivesTheFigures()
    {
        // Given 3 true positives, 1 false positive, 2 false negatives and 4 true negatives
        var outcomes = Enumerable.Repeat((true, true), 3)
            .Concat([(false, true)])
            .Concat(Enumerable.Repeat((true, false), 2))
            .Concat(Enumerable.Repeat((false, false), 4));

        // When the metrics are computed
        var metrics = BinaryMetrics.From(outcomes);

        // Then P = 3/4, R = 3/5, F1 = 2PR/(P+R) = 2/3
        Assert.Equal(new BinaryMetrics(3, 1, 2, 4), metrics);
        Assert.Equal(0.75, metrics.Precision, 9);
        Assert.Equal(0.6, metrics.Recall, 9);
        Assert.Equal(2.0 / 3, metrics.F1, 9);
        Assert.Equal(0.7, metrics.Accuracy, 9);
        Assert.Equal(5, metrics.Support);
    }

    [Fact]
    public void From_NoPositivesAnywhere_GivesZeroesNotNaN()
    {
        // Given only negatives, all predicted negative
        var metrics = BinaryMetrics.From([(false, false), (false, false)]);

        // Then precision, recall and F1 are 0
        Assert.Equal(0, metrics.Precision);
        Assert.Equal(0, metrics.Recall);
        Assert.Equal(0, metrics.F1);
        Assert.Equal(1, metrics.Accuracy);
    }
}
