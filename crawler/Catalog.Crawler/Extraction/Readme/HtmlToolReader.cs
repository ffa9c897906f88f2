using HtmlAgilityPack;

namespace Catalog.Crawler.Extraction.Readme;

/// <summary>
/// Reads tools from raw HTML inside a README's tools section: <c>&lt;table&gt;</c> rows, <c>&lt;li&gt;</c> items
/// led by a <c>&lt;code&gt;</c> or bold name, and <c>&lt;details&gt;</c> whose summary is a name. The HTML
/// is parsed into a tree and its text read; it is never rendered and nothing in it is followed or run.
/// </summary>
internal static class HtmlToolReader
{
    private const int MaxNesting = 256;

    private static readonly HashSet<string> NameElements = new(StringComparer.OrdinalIgnoreCase) { "code", "strong", "b", "em", "i", "a", "tt", "kbd" };

    /// <summary>
    /// Reads one HTML block; <paramref name="firstLine"/> is the block's 0-based line in the README. A block
    /// nested too deeply to be honest markup is recorded as skipped and the rest of the README still read.
    /// </summary>
    public static void Read(string html, int firstLine, ReadmeToolCollector collector, SourceFile file, ExtractionContext context)
    {
        var cancellation = context.Cancellation;
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting };
        try
        {
            document.LoadHtml(html);
        }
        catch (Exception error) when (error.GetType() == typeof(Exception))
        {
            // HtmlAgilityPack reports its nesting limit with a bare Exception.
            context.Skip(file.Path, $"HTML block at line {firstLine + 1} not read: {error.Message}");
            return;
        }

        var toolItems = new HashSet<HtmlNode>();
        foreach (var node in document.DocumentNode.Descendants())
        {
            cancellation.ThrowIfCancellationRequested();
            switch (node.Name)
            {
                case "table":
                    ReadTable(node, firstLine, collector);
                    break;
                case "li" when !node.Ancestors("li").Any(toolItems.Contains):
                    if (ReadItem(node, firstLine, collector))
                    {
                        toolItems.Add(node);
                    }

                    break;
                case "details":
                    ReadDetails(node, firstLine, collector);
                    break;
            }
        }
    }

    private static void ReadTable(HtmlNode table, int firstLine, ReadmeToolCollector collector)
    {
        var rows = table.Descendants("tr").ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var header = Cells(rows[0]).Select(Text).ToList();
        var descriptionColumn = TableColumns.DescriptionColumn(header);
        if (descriptionColumn is null)
        {
            return;
        }

        foreach (var row in rows.Skip(1))
        {
            var cells = Cells(row).ToList();
            var name = cells.Count > 0 ? ToolNameText.AsToolName(Text(cells[0])) : null;
            if (name is not null)
            {
                var description = descriptionColumn.Value < cells.Count ? Text(cells[descriptionColumn.Value]) : string.Empty;
                collector.Add(name, description, firstLine + row.Line);
                collector.Interrupt();
            }
        }
    }

    // An item of a tool's item lists the tool's parameters: the caller skips those once this returns true.
    private static bool ReadItem(HtmlNode item, int firstLine, ReadmeToolCollector collector)
    {
        var lead = item.ChildNodes.FirstOrDefault(n => n.NodeType == HtmlNodeType.Element || Text(n).Length > 0);
        if (lead is null || lead.NodeType != HtmlNodeType.Element || !NameElements.Contains(lead.Name))
        {
            return false;
        }

        var name = ToolNameText.AsToolName(Text(lead));
        if (name is null)
        {
            return false;
        }

        // The item's own text after the name, without nested lists (those list parameters).
        var rest = string.Concat(item.ChildNodes.SkipWhile(n => n != lead).Skip(1).Where(n => n.Name is not ("ul" or "ol")).Select(n => n.InnerText));
        collector.Add(name, ToolNameText.AfterName(Clean(rest)), firstLine + item.Line);
        collector.Interrupt();
        return true;
    }

    private static void ReadDetails(HtmlNode details, int firstLine, ReadmeToolCollector collector)
    {
        var summary = details.Element("summary");
        var name = summary is null ? null : ToolNameText.AsToolName(Text(summary));
        if (name is null)
        {
            return;
        }

        var rest = string.Concat(details.ChildNodes.Where(n => n != summary).Select(n => n.InnerText));
        collector.Add(name, ToolNameText.AfterName(Clean(rest)), firstLine + summary!.Line);
    }

    private static IEnumerable<HtmlNode> Cells(HtmlNode row) => row.ChildNodes.Where(n => n.Name is "td" or "th");

    private static string Text(HtmlNode node) => Clean(node.InnerText);

    private static string Clean(string text) => ToolNameText.Collapse(HtmlEntity.DeEntitize(text) ?? string.Empty);
}
