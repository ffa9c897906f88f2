using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Crawler.Extraction.Readme;

/// <summary>
/// Reads bullet lists like <c>- **name**: text</c> or <c>- `name` - text</c>. An item whose lead is not a
/// tool name is a heading for its nested list (a category); the nested list of a tool item lists its
/// parameters and is not read.
/// </summary>
internal static class MarkdownListReader
{
    private const int MaxNesting = 16;

    public static void Read(ListBlock list, ReadmeToolCollector collector, CancellationToken cancellation) =>
        Read(list, collector, cancellation, 0);

    private static void Read(ListBlock list, ReadmeToolCollector collector, CancellationToken cancellation, int depth)
    {
        if (depth > MaxNesting)
        {
            return;
        }

        foreach (var item in list.OfType<ListItemBlock>())
        {
            cancellation.ThrowIfCancellationRequested();
            if (ReadItem(item, collector))
            {
                continue;
            }

            foreach (var nested in item.OfType<ListBlock>())
            {
                Read(nested, collector, cancellation, depth + 1);
            }
        }
    }

    private static bool ReadItem(ListItemBlock item, ReadmeToolCollector collector)
    {
        var paragraphs = item.OfType<ParagraphBlock>().ToList();
        if (paragraphs.Count == 0 || paragraphs[0].Inline?.FirstChild is not { } lead)
        {
            return false;
        }

        // Bullets sometimes start with a space literal before the name.
        while (lead is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() && lead.NextSibling is not null)
        {
            lead = lead.NextSibling;
        }

        if (lead is not (CodeInline or EmphasisInline or LinkInline { IsImage: false }))
        {
            return false;
        }

        // A code span is a deliberate name; bold prose like "**Compute**" or "**Note**" heads a category instead.
        var name = lead is CodeInline ? ToolNameText.AsToolName(MarkdownText.OfOne(lead)) : ToolNameText.AsLikelyToolName(MarkdownText.OfOne(lead));
        if (name is null)
        {
            return false;
        }

        // "`start`, `stop` / `restart`: text" names several tools that share the text.
        var names = new List<string> { name };
        var last = lead;
        while (last.NextSibling is LiteralInline separator && IsNameSeparator(separator)
            && separator.NextSibling is { } next && next.GetType() == lead.GetType()
            && ToolNameText.AsToolName(MarkdownText.OfOne(next)) is { } another)
        {
            names.Add(another);
            last = next;
        }

        var description = ToolNameText.AfterName(MarkdownText.Of(last.NextSibling));
        if (description.Length == 0 && paragraphs.Count > 1)
        {
            description = MarkdownText.Of(paragraphs[1]);
        }

        foreach (var each in names)
        {
            collector.Add(each, description, item.Line + 1);
        }

        collector.Interrupt();
        return true;
    }

    private static bool IsNameSeparator(LiteralInline literal) =>
        literal.Content.ToString().Trim() is "," or "/" or "|" or "&" or "and" or "or" or ", and" or ", or";
}
