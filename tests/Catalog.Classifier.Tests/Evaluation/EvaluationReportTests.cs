using Catalog.Classifier.Evaluation;
using Catalog.Classifier.Model;
using Catalog.Classifier.Tests.Model;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Tests.Evaluation;

public sealed class EvaluationReportTests
{
    [Fact]
    public void Create_Outcomes_ComputesEveryFigure()
    {
        // Given four tools: an Execute/Critical predicted Write/High, the rest right; one destructive flag missed
        var shell = SyntheticTools.Tool("a/b", "run_command", "Runs a command.", [], ToolCategory.Execute, RiskLevel.Critical);
        var list = SyntheticTools.Tool("a/b", "list_notes", "Lists notes.", [], ToolCategory.Read, RiskLevel.Low);
        var create = SyntheticTools.Tool("a/b", "create_note", "Creates a note.", [], ToolCategory.Write, RiskLevel.Medium);
        var delete = SyntheticTools.Tool("a/b", "delete_note", "Deletes a note.", [], ToolCategory.Write, RiskLevel.High, destructive: true);
        var outcomes = new List<LabelledOutcome>
        {
            new(shell, shell.Labels with { Category = ToolCategory.Write, Risk = RiskLevel.High }),
            new(list, list.Labels),
            new(create, create.Labels),
            new(delete, delete.Labels with { Destructive = false }),
        };

        // When the report is made
        var report = EvaluationReport.Create("hand", outcomes);

        // Then category, risk and flag figures follow from those four
        Assert.Equal(4, report.Count);
        Assert.Equal(0.75, report.Category.Accuracy, 9);
        Assert.Equal(0, report.Category.PerClass[(int)ToolCategory.Execute].Recall);
        Assert.Equal(((1.0) + (0.8) + 0) / 3, report.CategoryMacroF1, 9);
        Assert.Equal(0.75, report.RiskExact, 9);
        Assert.Equal(1.0, report.RiskWithinOne, 9);
        Assert.Equal(new BinaryMetrics(0, 0, 1, 3), report.Destructive);
    }

    [Fact]
    public void ToText_Report_PrintsMatrixFiguresFlagsAndMistakes()
    {
        // Given a report with one category mistake
        var shell = SyntheticTools.Tool("a/b", "run_command", "Runs a command.", [], ToolCategory.Execute, RiskLevel.Critical);
        var list = SyntheticTools.Tool("a/b", "list_notes", "Lists notes.", [], ToolCategory.Read, RiskLevel.Low);
        var report = EvaluationReport.Create("hand", [new(shell, shell.Labels with { Category = ToolCategory.Read, Risk = RiskLevel.Low }), new(list, list.Labels)]);

        // When it is printed with its mistakes
        var text = report.ToText(mistakes: 5);

        // Then the title, both tables, the summary lines, the flags and the mistake are all there
        Assert.StartsWith("hand (2 tools)", text, StringComparison.Ordinal);
        Assert.Contains("macro-F1 ", text, StringComparison.Ordinal);
        Assert.Contains("exact 0.500   within one level", text, StringComparison.Ordinal);
        Assert.Contains("Critical", text, StringComparison.Ordinal);
        Assert.Contains("destructive", text, StringComparison.Ordinal);
        Assert.Contains("a/b, run_command: Execute -> Read", text, StringComparison.Ordinal);
    }
}
