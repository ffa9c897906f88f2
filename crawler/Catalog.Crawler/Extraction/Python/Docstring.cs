using System.Text;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>
/// Docstring text as Python tools show it. <see cref="Clean"/> follows <c>inspect.cleandoc</c> exactly (tabs
/// expanded to 8 columns, first line left-stripped, the common indentation of the other lines removed, empty
/// leading and trailing lines dropped); <see cref="Summary"/> then keeps the part before the first section.
/// </summary>
internal static class Docstring
{
    private static readonly HashSet<string> SectionHeaders = ["Args:", "Arguments:", "Parameters:", "Returns:", "Raises:", "Example:", "Examples:"];

    /// <summary>
    /// The cleaned docstring up to its first section: a line that is "Args:", "Arguments:", "Parameters:",
    /// "Returns:", "Raises:", "Example:" or "Examples:" once trimmed, or a numpy-style header (the line above a
    /// line of three or more dashes). Line breaks inside are kept; trailing whitespace is removed.
    /// </summary>
    public static string Summary(string docstring)
    {
        var lines = Clean(docstring).Split('\n');
        var end = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (SectionHeaders.Contains(trimmed))
            {
                end = i;
                break;
            }

            if (i > 0 && trimmed.Length >= 3 && trimmed.All(c => c == '-') && lines[i - 1].Trim().Length > 0)
            {
                end = i - 1;
                break;
            }
        }

        return string.Join('\n', lines[..end]).TrimEnd();
    }

    public static string Clean(string docstring)
    {
        var lines = ExpandTabs(docstring).Split('\n').ToList();
        var margin = int.MaxValue;
        foreach (var line in lines.Skip(1))
        {
            var content = line.TrimStart().Length;
            if (content > 0)
            {
                margin = Math.Min(margin, line.Length - content);
            }
        }

        lines[0] = lines[0].TrimStart();
        if (margin < int.MaxValue)
        {
            for (var i = 1; i < lines.Count; i++)
            {
                lines[i] = lines[i].Length > margin ? lines[i][margin..] : string.Empty;
            }
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        return string.Join('\n', lines);
    }

    /// <summary>str.expandtabs(8): a tab moves to the next multiple of 8 columns, counted from the last line break.</summary>
    private static string ExpandTabs(string text)
    {
        if (!text.Contains('\t', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        var column = 0;
        foreach (var c in text)
        {
            if (c == '\t')
            {
                var spaces = 8 - (column % 8);
                builder.Append(' ', spaces);
                column += spaces;
            }
            else
            {
                builder.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }

        return builder.ToString();
    }
}
