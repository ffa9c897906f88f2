using System.Globalization;
using System.Text;

namespace Catalog.Cli.Evaluation;

/// <summary>
/// Extraction measured against labelled repositories: per repository and in total (every tool weighs the
/// same, so large servers weigh more), with each miss, extra and differing description listed.
/// </summary>
public sealed class ExtractionEvalReport(IReadOnlyList<RepositoryComparison> repositories, IReadOnlyList<string> failures)
{
    private const int Excerpt = 90;

    public IReadOnlyList<RepositoryComparison> Repositories { get; } = repositories;

    /// <summary>Checkouts that could not be read, with the reason.</summary>
    public IReadOnlyList<string> Failures { get; } = failures;

    public int Expected => Repositories.Sum(r => r.ExpectedCount);
    public int Found => Repositories.Sum(r => r.FoundCount);
    public int Matched => Repositories.Sum(r => r.MatchedCount);
    public int ExactDescriptions => Repositories.Sum(r => r.ExactDescriptions);
    public int PlaceholderDescriptions => Repositories.Sum(r => r.PlaceholderDescriptions);

    /// <summary>Matched over expected; 1 when nothing was expected.</summary>
    public double Recall => Ratio(Matched, Expected);

    /// <summary>Matched over found; 1 when nothing was found.</summary>
    public double Precision => Ratio(Matched, Found);

    /// <summary>Exact descriptions over matched names whose labelled text has no run-time part standing in the way.</summary>
    public double ExactDescriptionRate => Ratio(ExactDescriptions, Matched - PlaceholderDescriptions);

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"repository",-46} {"expected",8} {"found",6} {"matched",8} {"recall",7} {"precision",9} {"exact",6} {"placeholder",11}");
        foreach (var r in Repositories)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.Repository,-46} {r.ExpectedCount,8} {r.FoundCount,6} {r.MatchedCount,8} {Percent(Ratio(r.MatchedCount, r.ExpectedCount)),7} {Percent(Ratio(r.MatchedCount, r.FoundCount)),9} {r.ExactDescriptions,6} {r.PlaceholderDescriptions,11}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"repositories: {Repositories.Count}; tools expected {Expected}, found {Found}, matched {Matched}");
        text.AppendLine(CultureInfo.InvariantCulture, $"recall {Percent(Recall)}  precision {Percent(Precision)}  exact descriptions {ExactDescriptions}/{Matched - PlaceholderDescriptions} = {Percent(ExactDescriptionRate)} (plus {PlaceholderDescriptions} matching once run-time placeholders stand for any text)");

        AppendSection(text, "missed", Repositories.SelectMany(r => r.Missed.Select(m => $"{r.Repository}: {m}")));
        AppendSection(text, "extra", Repositories.SelectMany(r => r.Extra.Select(e => $"{r.Repository}: {e.Name} ({e.Method} at {e.Location})")));
        AppendSection(text, "different descriptions", Repositories.SelectMany(r => r.DifferentDescriptions.Select(d => $"{r.Repository}: {d.Name}\n{Difference(d)}")));
        AppendSection(text, "failed", Failures);
        return text.ToString();
    }

    private static void AppendSection(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title} ({list.Count}):");
        foreach (var line in list)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {line}");
        }
    }

    /// <summary>Both texts from a little before the first character where they part, so the difference is visible.</summary>
    private static string Difference(DescriptionMismatch mismatch)
    {
        var at = 0;
        while (at < mismatch.Expected.Length && at < mismatch.Found.Length && mismatch.Expected[at] == mismatch.Found[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 20);
        return $"    at {at}: expected «{Cut(mismatch.Expected, from)}» ({mismatch.Expected.Length} chars)\n" +
               $"    {new string(' ', at.ToString(CultureInfo.InvariantCulture).Length + 3)} found    «{Cut(mismatch.Found, from)}» ({mismatch.Found.Length} chars)";
    }

    private static string Cut(string text, int from)
    {
        if (from >= text.Length)
        {
            return "";
        }

        var rest = text[from..];
        return (from > 0 ? "…" : "") + (rest.Length > Excerpt ? rest[..Excerpt] + "…" : rest);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static string Percent(double ratio) => ratio.ToString("P1", CultureInfo.InvariantCulture);
}
