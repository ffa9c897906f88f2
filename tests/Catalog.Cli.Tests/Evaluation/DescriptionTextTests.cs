using Catalog.Cli.Evaluation;

namespace Catalog.Cli.Tests.Evaluation;

public sealed class DescriptionTextTests
{
    [Fact]
    public void Normalize_WhitespaceRuns_CollapseToOneSpace()
    {
        // Given / When / Then
        Assert.Equal("Read a file. Args: path: where", DescriptionText.Normalize("  Read a file.\n\n  Args:\n\t path: where \r\n"));
    }

    [Fact]
    public void Normalize_LongText_IsCutTo597CharactersWithoutTrailingSpaceAndAnEllipsis()
    {
        // Given a text whose 597th character is a space, and one exactly 600 characters long
        var spaced = new string('a', 596) + " tail that goes past the limit";
        var exact = new string('b', 600);

        // When / Then
        Assert.Equal(new string('a', 596) + "...", DescriptionText.Normalize(spaced));
        Assert.Equal(exact, DescriptionText.Normalize(exact));
    }

    [Fact]
    public void Normalize_CharactersOutsideTheBasicPlane_CountOnce()
    {
        // Given 599 emoji: 1,198 UTF-16 units but 599 characters
        var text = string.Concat(Enumerable.Repeat("\U0001F431", 599));

        // When / Then: not cut
        Assert.Equal(text, DescriptionText.Normalize(text));
    }

    [Theory]
    [InlineData("Run on ${os.platform()} hosts", "Run on linux hosts", true)]
    [InlineData("Allowed: {allowed commands from env}", "Allowed: ls, cat", true)]
    [InlineData("Run on ${os.platform()} hosts", "Run on linux machines", false)]
    [InlineData("No placeholder here", "No placeholder there", false)]
    [InlineData("Regex chars (a+b)* {x} stay literal", "Regex chars (a+b)* 42 stay literal", true)]
    public void MatchesWithPlaceholders_RunTimeParts_StandForAnyText(string expected, string found, bool matches)
    {
        // Given / When / Then
        Assert.Equal(matches, DescriptionText.MatchesWithPlaceholders(expected, found));
    }
}
