using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Catalog.Crawler.Extraction.Readme;

/// <summary>
/// Reads pipe tables whose first column names tools: the header must have a Description column, or a
/// first column called Tool or Name (the second column then describes it). Parameter tables are left alone.
/// </summary>
internal static class MarkdownTableReader
{
    public static void Read(Table table, ReadmeToolCollector collector, CancellationToken cancellation)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count == 0 || !rows[0].IsHeader)
        {
            return;
        }

        var header = rows[0].OfType<TableCell>().Select(CellText).ToList();
        var descriptionColumn = TableColumns.DescriptionColumn(header);
        if (descriptionColumn is null)
        {
            return;
        }

        foreach (var row in rows.Skip(1))
        {
            cancellation.ThrowIfCancellationRequested();
            var cells = row.OfType<TableCell>().ToList();
            var name = cells.Count > 0 ? ToolNameText.AsToolName(CellText(cells[0])) : null;
            if (name is not null)
            {
                var description = descriptionColumn.Value < cells.Count ? CellText(cells[descriptionColumn.Value]) : string.Empty;
                collector.Add(name, description, row.Line + 1);
                collector.Interrupt();
            }
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.OfType<LeafBlock>().Select(MarkdownText.Of).Where(t => t.Length > 0));
}
