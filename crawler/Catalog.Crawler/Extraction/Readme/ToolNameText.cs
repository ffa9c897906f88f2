using System.Text;
using System.Text.RegularExpressions;

namespace Catalog.Crawler.Extraction.Readme;

/// <summary>
/// Decides whether a piece of README text is a tool's name. Prose is full of bold and code spans, so only
/// text shaped like an identifier counts; call parentheses ("read_file()") are allowed and dropped.
/// </summary>
internal static partial class ToolNameText
{
    private static readonly char[] Separators = [':', '-', '–', '—', '|', ' ', '\t', '\r', '\n'];

    public static string? AsToolName(string text)
    {
        var name = text.Trim().Trim('`', '*').Trim();
        if (name.EndsWith("()", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        return Identifier().IsMatch(name) ? name : null;
    }

    /// <summary>
    /// Like <see cref="AsToolName"/>, but refuses a single capitalised word ("Compute", "Note", "Examples"): written
    /// in bold or as a heading that is a category or a remark far more often than a tool.
    /// </summary>
    public static string? AsLikelyToolName(string text)
    {
        var name = AsToolName(text);
        return name is null || PlainWord().IsMatch(name) ? null : name;
    }

    /// <summary>The text after a name, without the separator that joins them ("name: text", "name - text").</summary>
    public static string AfterName(string text) => text.TrimStart(Separators).Trim();

    /// <summary>Runs of whitespace as one space, for text taken from HTML.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9_.\\-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex("^[A-Z][a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();
}
