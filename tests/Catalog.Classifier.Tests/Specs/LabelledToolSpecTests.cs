using Catalog.Domain.Classification;

namespace Catalog.Classifier.Tests.Specs;

/// <summary>The rules must label every invented tool of the spec the way the rubric does.</summary>
public sealed class LabelledToolSpecTests
{
    private static readonly RuleBasedClassifier Classifier = RuleBasedClassifier.CreateDefault();

    public static TheoryData<string> Names() => LabelledToolSpec.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Classify_SpecTool_GivesTheRubricLabel(string name)
    {
        // Given a tool from the spec
        var tool = LabelledToolSpec.All[name];

        // When the rules classify it
        var label = Classifier.Classify(tool.ToDefinition(), tool.ToServer());

        // Then category, risk and flags are the ones the spec expects
        var actual = SpecLabel.Describe(label.Category, label.Risk, label.Destructive, label.Financial, label.Sensitive);
        var reasons = string.Join(" | ", label.Reasons.Select(reason => reason.Text));
        Assert.True(tool.Expect.ToString() == actual, $"{name} ({tool.Why}): expected {tool.Expect}, got {actual}. Reasons: {reasons}");
    }

    [Fact]
    public void Spec_CoversEveryCategoryRiskAndFlag()
    {
        // Given the spec
        var labels = LabelledToolSpec.All.Values.Select(tool => tool.Expect).ToList();

        // Then it has examples of every category, risk and flag, and of the Execute/Critical and Read/Medium corners
        Assert.All(Enum.GetValues<ToolCategory>(), category => Assert.Contains(labels, label => label.Category == category));
        Assert.All(Enum.GetValues<RiskLevel>(), risk => Assert.Contains(labels, label => label.Risk == risk));
        Assert.Contains(labels, label => label.Destructive);
        Assert.Contains(labels, label => label.Financial);
        Assert.Contains(labels, label => label.Sensitive);
        Assert.Contains(labels, label => label.Category == ToolCategory.Execute && label.Risk == RiskLevel.Critical);
        Assert.InRange(labels.Count, 50, 100);
    }
}
