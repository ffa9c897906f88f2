using System.Globalization;
using System.Text;

namespace Catalog.Classifier.Evaluation;

/// <summary>
/// Counts of (actual, predicted) class pairs, with the figures derived from them. Rows are actual
/// classes, columns predicted ones, both in the order of <see cref="ClassNames"/>; for ordered classes
/// (risk levels) that order is also the scale <see cref="AccuracyWithin"/> measures distance on.
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] counts;

    public ConfusionMatrix(IReadOnlyList<string> classNames, int[,] counts)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.GetLength(0) != classNames.Count || counts.GetLength(1) != classNames.Count)
        {
            throw new ArgumentException($"Expected a {classNames.Count}x{classNames.Count} matrix.", nameof(counts));
        }

        ClassNames = classNames;
        this.counts = (int[,])counts.Clone();
        Total = this.counts.Cast<int>().Sum();
        PerClass = Enumerable.Range(0, classNames.Count).Select(ForClass).ToList();
    }

    public IReadOnlyList<string> ClassNames { get; }

    public int Total { get; }

    public IReadOnlyList<ClassMetrics> PerClass { get; }

    /// <summary>The unweighted mean of the per-class F1 scores, so a small class counts as much as a large one.</summary>
    public double MacroF1 => PerClass.Count == 0 ? 0 : PerClass.Average(c => c.F1);

    public double Accuracy => AccuracyWithin(0);

    /// <summary>A matrix over the members of an enum, in their declared order, from (actual, predicted) pairs.</summary>
    public static ConfusionMatrix From<TEnum>(IEnumerable<(TEnum Actual, TEnum Predicted)> outcomes)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var members = Enum.GetValues<TEnum>();
        var index = members.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i);
        var matrix = new int[members.Length, members.Length];
        foreach (var (actual, predicted) in outcomes)
        {
            matrix[index[actual], index[predicted]]++;
        }

        return new ConfusionMatrix(members.Select(m => m.ToString()).ToList(), matrix);
    }

    public int Count(int actual, int predicted) => counts[actual, predicted];

    /// <summary>The share of rows predicted at most <paramref name="distance"/> classes away from the truth; 0 is plain accuracy.</summary>
    public double AccuracyWithin(int distance)
    {
        if (Total == 0)
        {
            return 0;
        }

        var hits = 0;
        for (var actual = 0; actual < ClassNames.Count; actual++)
        {
            for (var predicted = 0; predicted < ClassNames.Count; predicted++)
            {
                if (Math.Abs(actual - predicted) <= distance)
                {
                    hits += counts[actual, predicted];
                }
            }
        }

        return (double)hits / Total;
    }

    /// <summary>The matrix with recall per row, then precision, recall and F1 per class.</summary>
    public string ToText()
    {
        var width = Math.Max(9, ClassNames.Max(n => n.Length) + 2);
        var text = new StringBuilder();
        text.Append("actual \\ predicted".PadRight(20));
        foreach (var name in ClassNames)
        {
            text.Append(name.PadLeft(width));
        }

        text.Append("   support").AppendLine();
        for (var actual = 0; actual < ClassNames.Count; actual++)
        {
            text.Append(ClassNames[actual].PadRight(20));
            for (var predicted = 0; predicted < ClassNames.Count; predicted++)
            {
                text.Append(counts[actual, predicted].ToString(CultureInfo.InvariantCulture).PadLeft(width));
            }

            text.Append(PerClass[actual].Support.ToString(CultureInfo.InvariantCulture).PadLeft(10)).AppendLine();
        }

        text.AppendLine();
        text.Append("class".PadRight(20)).Append("precision".PadLeft(11)).Append("recall".PadLeft(9)).Append("F1".PadLeft(9)).AppendLine();
        foreach (var metrics in PerClass)
        {
            text.Append(metrics.Name.PadRight(20))
                .Append(Figure(metrics.Precision).PadLeft(11))
                .Append(Figure(metrics.Recall).PadLeft(9))
                .Append(Figure(metrics.F1).PadLeft(9))
                .AppendLine();
        }

        return text.ToString();
    }

    internal static string Figure(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private ClassMetrics ForClass(int index)
    {
        var predicted = 0;
        var support = 0;
        for (var other = 0; other < ClassNames.Count; other++)
        {
            predicted += counts[other, index];
            support += counts[index, other];
        }

        return new ClassMetrics(ClassNames[index], counts[index, index], predicted, support);
    }
}
