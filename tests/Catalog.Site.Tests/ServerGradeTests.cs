using Catalog.Domain.Classification;
using Catalog.Site.Pages;

namespace Catalog.Site.Tests;

public sealed class ServerGradeTests
{
    private static LabelCounts Counts(params RiskLevel?[] risks)
    {
        var counts = new LabelCounts();
        foreach (var risk in risks)
        {
            counts.Add(risk is { } r ? new ToolClassification
            {
                Category = ToolCategory.Read, Risk = r, Destructive = false, Financial = false, Sensitive = false,
                Confidence = 1, Reasons = [], ClassifierVersion = "t",
            } : null);
        }

        return counts;
    }

    [Theory]
    [InlineData("A", RiskLevel.Low, RiskLevel.Low)]
    [InlineData("B", RiskLevel.Low, RiskLevel.Medium)]
    [InlineData("C", RiskLevel.Low, RiskLevel.Low, RiskLevel.Low, RiskLevel.High)]
    [InlineData("D", RiskLevel.Low, RiskLevel.High)]
    [InlineData("D", RiskLevel.Low, RiskLevel.Low, RiskLevel.Low, RiskLevel.Critical)]
    [InlineData("F", RiskLevel.Critical, RiskLevel.Critical, RiskLevel.Low)]
    public void Of_Labels_GiveTheLetterTheRulesSay(string letter, params RiskLevel[] risks)
    {
        // Given a server's label counts, when it is graded
        var grade = ServerGrade.Of(Counts([.. risks.Cast<RiskLevel?>()]));

        // Then the letter follows the rules and the explanation says why
        Assert.Equal(letter, grade.Letter);
        Assert.False(string.IsNullOrWhiteSpace(grade.Explanation));
    }

    [Fact]
    public void Of_NothingClassified_NotGraded()
    {
        // Given a server whose tools are not classified yet, when it is graded
        var grade = ServerGrade.Of(Counts(null, null));

        // Then it gets no letter, and the reason
        Assert.Equal("–", grade.Letter);
        Assert.Contains("not graded", grade.Explanation, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Of_SomeUnclassified_SaysTheyAreNotCounted()
    {
        // Given one Low tool and one unclassified, when graded
        var grade = ServerGrade.Of(Counts(RiskLevel.Low, null));

        // Then the explanation says the pending tool was left out
        Assert.Equal("A", grade.Letter);
        Assert.Contains("1 tool not classified yet is not counted", grade.Explanation, StringComparison.Ordinal);
    }
}
