using System.Text;

namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// Java text block layout: the opening line is dropped, the indentation common to the content lines (and to the
/// closing delimiter's line) is removed, and trailing spaces go. Escapes were already decoded by the scanner,
/// which differs from javac only for escaped line breaks and spaces, rare in tool descriptions.
/// </summary>
internal static class JavaTextBlock
{
    public static string StripIndentation(string content)
    {
        var firstBreak = content.IndexOf('\n');
        if (firstBreak < 0 || !string.IsNullOrWhiteSpace(content[..firstBreak]))
        {
            return content.Trim();
        }

        var lines = content[(firstBreak + 1)..].Split('\n');
        var lastIsDelimiterLine = string.IsNullOrWhiteSpace(lines[^1]);
        var indent = int.MaxValue;
        for (var i = 0; i < lines.Length; i++)
        {
            var isLast = i == lines.Length - 1;
            if (string.IsNullOrWhiteSpace(lines[i]) && !(isLast && lastIsDelimiterLine))
            {
                continue;
            }

            indent = Math.Min(indent, lines[i].Length - lines[i].TrimStart(' ', '\t').Length);
        }

        var result = new StringBuilder(content.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var current = lines[i];
            var stripped = current.Length >= indent ? current[indent..] : current.TrimStart(' ', '\t');
            result.Append(stripped.TrimEnd(' ', '\t'));
            if (i < lines.Length - 1)
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }
}
