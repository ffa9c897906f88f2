using System.Globalization;
using Catalog.Domain.Classification;

namespace Catalog.Site.Pages;

/// <summary>
/// A letter for how much harm a server's tools can do together, from its labels alone:
/// A when every classified tool is Low risk, B when the worst is Medium, C when High-risk tools are
/// at most a quarter of them, D when more are High or one is Critical, F when two or more are Critical.
/// It grades exposure, not quality: a shell server is an F because of what it can do, by design.
/// </summary>
internal sealed record ServerGrade(string Letter, string Explanation)
{
    public static ServerGrade Of(LabelCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var classified = counts.Tools - counts.Unclassified;
        if (classified == 0)
        {
            return new ServerGrade("–", "Not graded: none of its tools is classified yet.");
        }

        var critical = counts.Of(RiskLevel.Critical);
        var high = counts.Of(RiskLevel.High);
        var of = $" of {Count(classified, "classified tool")}";
        var pending = counts.Unclassified > 0 ? $" {Count(counts.Unclassified, "tool")} not classified yet {(counts.Unclassified == 1 ? "is" : "are")} not counted." : "";
        var grade = (critical, high) switch
        {
            ( >= 2, _) => new ServerGrade("F", $"{critical}{of} are Critical risk: together they can run code, move money or destroy data at scale."),
            (1, _) => new ServerGrade("D", $"One{of} is Critical risk."),
            (0, > 0) when high * 4 > classified => new ServerGrade("D", $"{high}{of} are High risk, more than a quarter."),
            (0, > 0) => new ServerGrade("C", $"{high}{of} {(high == 1 ? "is" : "are")} High risk, at most a quarter; none is Critical."),
            _ when counts.Of(RiskLevel.Medium) > 0 => new ServerGrade("B", $"Its riskiest tools are Medium risk ({counts.Of(RiskLevel.Medium)}{of}); none is High or Critical."),
            _ => new ServerGrade("A", $"All {Count(classified, "classified tool")} are Low risk."),
        };
        return grade with { Explanation = grade.Explanation + pending };
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
