using System.Globalization;
using Catalog.Domain.Classification;
using Catalog.Site.Pages;
using Catalog.Site.Search;

namespace Catalog.Site.Tests;

/// <summary>Label texts come from tables made once; each must be what formatting the value afresh gives.</summary>
public sealed class LabelsTests
{
    public static TheoryData<RiskLevel> RiskLevels => [.. Enum.GetValues<RiskLevel>(), (RiskLevel)(-1), (RiskLevel)42];

    public static TheoryData<ToolCategory> ToolCategories => [.. Enum.GetValues<ToolCategory>(), (ToolCategory)(-1), (ToolCategory)42];

    [Theory]
    [MemberData(nameof(RiskLevels))]
    public void Key_EveryRiskLevel_LowerCaseName(RiskLevel level)
    {
        // When the key of a risk level (or of a number that is none) is asked for
        var key = Labels.Key(level);

        // Then it is the lower-cased name
        Assert.Equal(level.ToString().ToLowerInvariant(), key);
    }

    [Fact]
    public void Key_DefinedLabelsAskedAgain_SameStringNotANewOne()
    {
        // When every defined label's key is asked for twice
        // Then the second is the very string the first was (made once, not lower-cased on every call)
        Assert.All(Enum.GetValues<RiskLevel>(), level => Assert.Same(Labels.Key(level), Labels.Key(level)));
        Assert.All(Enum.GetValues<ToolCategory>(), category => Assert.Same(Labels.Key(category), Labels.Key(category)));
    }

    [Theory]
    [MemberData(nameof(ToolCategories))]
    public void Key_EveryCategory_LowerCaseName(ToolCategory category)
    {
        // When the key of a category (or of a number that is none) is asked for
        var key = Labels.Key(category);

        // Then it is the lower-cased name
        Assert.Equal(category.ToString().ToLowerInvariant(), key);
    }

    [Fact]
    public void CategoryAndRisk_EverySearchDocLabel_EnumNameOrEmpty()
    {
        foreach (var category in new[] { -1, 0, 1, 2, 7 })
        {
            foreach (var risk in new[] { -1, 0, 1, 2, 3, 9 })
            {
                // Given a search document with a label's numbers (or none)
                var doc = new SearchDoc { Server = new SearchServer("s", "S", "s"), Category = (sbyte)category, Risk = (sbyte)risk };

                // When its label names are asked for
                var (categoryName, riskName) = (Labels.Category(doc), Labels.Risk(doc));

                // Then they are the enum names, empty when not classified
                Assert.Equal(category < 0 ? "" : ((ToolCategory)category).ToString(), categoryName);
                Assert.Equal(risk < 0 ? "" : ((RiskLevel)risk).ToString(), riskName);
            }
        }
    }

    [Fact]
    public void Confidence_EveryHundredthItsMidpointsAndNeighbours_AsFormatted()
    {
        // Given every hundredth and every midpoint between two, each with the doubles either side of it
        var values = new List<double>();
        for (var n = 0; n <= 200; n++)
        {
            var value = n / 200.0;
            values.AddRange([value, Math.BitDecrement(value), Math.BitIncrement(value), value + 1e-9, value - 1e-9, value + 2e-6, value - 2e-6]);
        }

        // Then each is written as the "0.00" format writes it (1.005 and the like round by their first 15 digits)
        AssertAsFormatted(values);
    }

    [Fact]
    public void Confidence_RandomAndOutOfRangeValues_AsFormatted()
    {
        // Given many random confidences, and values no confidence should have
        var random = new Random(11);
        var values = Enumerable.Range(0, 200_000).Select(_ => random.NextDouble()).ToList();
        values.AddRange(Enumerable.Range(0, 1000).Select(i => Math.Round(random.NextDouble(), 3)));
        values.AddRange([-0.0, -0.001, -0.5, 1.004, 1.005, 1.5, 100.125, 1e-300, double.Epsilon, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue]);

        // Then each is written as the "0.00" format writes it
        AssertAsFormatted(values);
    }

    private static void AssertAsFormatted(IEnumerable<double> values)
    {
        foreach (var value in values)
        {
            var expected = value.ToString("0.00", CultureInfo.InvariantCulture);
            var actual = Labels.Confidence(value);
            if (expected != actual)
            {
                Assert.Fail($"{value:R}: expected {expected}, got {actual}");
            }
        }
    }
}
