using System.Globalization;
using System.Text;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Tests.Dataset;

/// <summary>Agreement between predicted and hand labels: category macro-F1 and per-class figures, risk accuracy, flag F1.</summary>
public sealed class ClassifierScore
{
    private readonly int[,] categoryConfusion = new int[3, 3];
    private readonly int[,] riskConfusion = new int[4, 4];
    private readonly FlagCounts destructive = new();
    private readonly FlagCounts financial = new();
    private readonly FlagCounts sensitive = new();

    public int Count { get; private set; }

    public void Add(LabelledTool expected, ToolClassification actual)
    {
        Count++;
        categoryConfusion[(int)expected.Category, (int)actual.Category]++;
        riskConfusion[(int)expected.Risk, (int)actual.Risk]++;
        destructive.Add(expected.Destructive, actual.Destructive);
        financial.Add(expected.Financial, actual.Financial);
        sensitive.Add(expected.Sensitive, actual.Sensitive);
    }

    public double CategoryAccuracy => Diagonal(categoryConfusion, 3) / (double)Count;

    public double RiskAccuracy => Diagonal(riskConfusion, 4) / (double)Count;

    public double RiskWithinOne
    {
        get
        {
            var near = 0;
            for (var e = 0; e < 4; e++)
            {
                for (var a = 0; a < 4; a++)
                {
                    near += Math.Abs(e - a) <= 1 ? riskConfusion[e, a] : 0;
                }
            }

            return near / (double)Count;
        }
    }

    public double CategoryMacroF1 => Enum.GetValues<ToolCategory>().Average(category => F1(Precision(category), Recall(category)));

    public double Precision(ToolCategory category)
    {
        var predicted = 0;
        for (var e = 0; e < 3; e++)
        {
            predicted += categoryConfusion[e, (int)category];
        }

        return predicted == 0 ? 0 : categoryConfusion[(int)category, (int)category] / (double)predicted;
    }

    public double Recall(ToolCategory category)
    {
        var actual = 0;
        for (var a = 0; a < 3; a++)
        {
            actual += categoryConfusion[(int)category, a];
        }

        return actual == 0 ? 0 : categoryConfusion[(int)category, (int)category] / (double)actual;
    }

    public double DestructiveF1 => destructive.F1;

    public double FinancialF1 => financial.F1;

    public double SensitiveF1 => sensitive.F1;

    public string Report()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"tools: {Count}");
        text.AppendLine(culture, $"category accuracy {CategoryAccuracy:F3}, macro-F1 {CategoryMacroF1:F3}");
        foreach (var category in Enum.GetValues<ToolCategory>())
        {
            text.AppendLine(culture, $"  {category,-8} precision {Precision(category):F3} recall {Recall(category):F3} F1 {F1(Precision(category), Recall(category)):F3}");
        }

        text.AppendLine("  confusion (rows expected, columns predicted: Read Write Execute)");
        for (var e = 0; e < 3; e++)
        {
            text.AppendLine(culture, $"  {(ToolCategory)e,-8} {categoryConfusion[e, 0],5} {categoryConfusion[e, 1],5} {categoryConfusion[e, 2],5}");
        }

        text.AppendLine(culture, $"risk exact accuracy {RiskAccuracy:F3}, within one level {RiskWithinOne:F3}");
        text.AppendLine("  confusion (rows expected, columns predicted: Low Medium High Critical)");
        for (var e = 0; e < 4; e++)
        {
            text.AppendLine(culture, $"  {(RiskLevel)e,-8} {riskConfusion[e, 0],5} {riskConfusion[e, 1],5} {riskConfusion[e, 2],5} {riskConfusion[e, 3],5}");
        }

        text.AppendLine(culture, $"flags F1: destructive {destructive.Describe()}, financial {financial.Describe()}, sensitive {sensitive.Describe()}");
        return text.ToString();
    }

    private static int Diagonal(int[,] matrix, int size)
    {
        var sum = 0;
        for (var i = 0; i < size; i++)
        {
            sum += matrix[i, i];
        }

        return sum;
    }

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private sealed class FlagCounts
    {
        private int truePositive;
        private int falsePositive;
        private int falseNegative;

        public void Add(bool expected, bool actual)
        {
            truePositive += expected && actual ? 1 : 0;
            falsePositive += !expected && actual ? 1 : 0;
            falseNegative += expected && !actual ? 1 : 0;
        }

        private double Precision => truePositive + falsePositive == 0 ? 0 : truePositive / (double)(truePositive + falsePositive);

        private double Recall => truePositive + falseNegative == 0 ? 0 : truePositive / (double)(truePositive + falseNegative);

        public double F1 => ClassifierScore.F1(Precision, Recall);

        public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{F1:F3} (P {Precision:F3} R {Recall:F3})");
    }
}
