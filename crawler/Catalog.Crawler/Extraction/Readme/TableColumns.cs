namespace Catalog.Crawler.Extraction.Readme;

/// <summary>Which column of a tool table (Markdown or HTML) describes the tool named in its first column.</summary>
internal static class TableColumns
{
    private static readonly string[] ParameterHeaders = ["param", "argument", "field", "option", "variable", "input", "env", "property"];

    /// <summary>The description column's index, or null when the header is not that of a tool table.</summary>
    public static int? DescriptionColumn(IReadOnlyList<string> header)
    {
        if (header.Count < 2)
        {
            return null;
        }

        var first = header[0].ToLowerInvariant();
        if (ParameterHeaders.Any(first.Contains))
        {
            return null;
        }

        for (var i = 1; i < header.Count; i++)
        {
            if (header[i].Contains("description", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return first.Contains("tool", StringComparison.Ordinal) || first.Contains("name", StringComparison.Ordinal) ? 1 : null;
    }
}
