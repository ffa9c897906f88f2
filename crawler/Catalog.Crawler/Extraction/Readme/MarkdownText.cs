using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Crawler.Extraction.Readme;

/// <summary>
/// The plain text of Markdown inlines as a reader sees it: code spans without backticks, links by their
/// text, emphasis without markers, soft line breaks as spaces. Raw HTML inlines are dropped, never rendered.
/// </summary>
internal static class MarkdownText
{
    // Emphasis nests only as deep as a writer bothers to; the cap keeps hostile input off the call stack.
    private const int MaxDepth = 32;

    public static string Of(LeafBlock block) => block.Inline is null ? string.Empty : Of(block.Inline.FirstChild).Trim();

    /// <summary>The text of <paramref name="first"/> and all inlines after it at the same level.</summary>
    public static string Of(Inline? first)
    {
        var builder = new StringBuilder();
        Append(builder, first, 0);
        return builder.ToString();
    }

    /// <summary>The text of the inline itself (not its siblings).</summary>
    public static string OfOne(Inline inline)
    {
        var builder = new StringBuilder();
        AppendOne(builder, inline, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Inline? inline, int depth)
    {
        for (var current = inline; current is not null; current = current.NextSibling)
        {
            AppendOne(builder, current, depth);
        }
    }

    private static void AppendOne(StringBuilder builder, Inline inline, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline lineBreak:
                builder.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                Append(builder, container.FirstChild, depth + 1);
                break;
        }
    }
}
