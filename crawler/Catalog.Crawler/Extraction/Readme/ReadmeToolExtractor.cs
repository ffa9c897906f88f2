using System.Text.RegularExpressions;
using Catalog.Domain.Tools;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Crawler.Extraction.Readme;

/// <summary>
/// The fallback for servers whose code yields no tools: the tools their README lists under a heading
/// containing "Tools" (bullets, tool-named sub-headings, Markdown or HTML tables, HTML lists and details).
/// A README is the weakest evidence, so only identifier-shaped names are taken and no schema is invented.
/// </summary>
public sealed partial class ReadmeToolExtractor : IToolExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private const int MaxNestingPrefix = 256;

    private static readonly System.Buffers.SearchValues<char> NestingCharacters = System.Buffers.SearchValues.Create(" \t>*+-");

    private static readonly HashSet<string> FileNames = new(StringComparer.OrdinalIgnoreCase) { "README.md", "README.markdown" };

    public string Name => "readme";

    public bool Accepts(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return FileNames.Contains(System.IO.Path.GetFileName(file.Path));
    }

    public IEnumerable<ToolDefinition> Extract(SourceFile file, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        RejectAbsurdNesting(file);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(file.Text, Pipeline);
        }
        catch (ArgumentException error)
        {
            // Markdig refuses absurdly nested input with an ArgumentException; say which file it was.
            throw new InvalidDataException($"{file.Path} could not be parsed as Markdown: {error.Message}", error);
        }

        var collector = new ReadmeToolCollector();
        int? sectionLevel = null;
        var inToolSubsection = false;
        foreach (var block in document)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (block is HeadingBlock heading)
            {
                var text = MarkdownText.Of(heading);
                if (sectionLevel is not null && heading.Level <= sectionLevel)
                {
                    sectionLevel = null;
                }

                if (sectionLevel is null)
                {
                    sectionLevel = ToolsHeading().IsMatch(text) ? heading.Level : null;
                    inToolSubsection = false;
                    collector.Interrupt();
                    continue;
                }

                var name = heading.Inline?.FirstChild is CodeInline && heading.Inline.FirstChild.NextSibling is null
                    ? ToolNameText.AsToolName(text)
                    : ToolNameText.AsLikelyToolName(text);
                inToolSubsection = name is not null;
                if (name is null)
                {
                    collector.Interrupt();
                }
                else
                {
                    collector.Add(name, string.Empty, heading.Line + 1);
                }

                continue;
            }

            if (sectionLevel is not null)
            {
                ReadBlock(block, collector, inToolSubsection, file, context);
            }
        }

        return collector.Tools.Select(t => new ToolDefinition
        {
            Name = t.Name,
            Description = t.Description,
            InputSchema = ToolDefinition.EmptyInputSchema,
            Location = new SourceLocation(file.Path, t.Line),
            Method = ExtractionMethods.Readme,
        }).ToList();
    }

    // Under a tool's own sub-heading, lists and tables describe its parameters, not more tools.
    private static void ReadBlock(Block block, ReadmeToolCollector collector, bool inToolSubsection, SourceFile file, ExtractionContext context)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                collector.Paragraph(MarkdownText.Of(paragraph));
                break;
            case ListBlock list when !inToolSubsection:
                MarkdownListReader.Read(list, collector, context.Cancellation);
                break;
            case Table table when !inToolSubsection:
                MarkdownTableReader.Read(table, collector, context.Cancellation);
                break;
            case HtmlBlock html when !inToolSubsection:
                HtmlToolReader.Read(html.Lines.ToString(), html.Line, collector, file, context);
                break;
            default:
                collector.Interrupt();
                break;
        }
    }

    // Markdig refuses deep nesting only after working through it, which on a crafted file takes seconds and cannot
    // be cancelled: a line indented or quoted this deeply is refused up front instead.
    private static void RejectAbsurdNesting(SourceFile file)
    {
        var text = file.Text.AsSpan();
        var line = 1;
        while (!text.IsEmpty)
        {
            var prefix = text.IndexOfAnyExcept(NestingCharacters);
            var length = prefix < 0 ? text.Length : prefix;
            if (length > MaxNestingPrefix)
            {
                throw new InvalidDataException($"{file.Path} could not be parsed as Markdown: line {line} is nested more than {MaxNestingPrefix} characters deep");
            }

            var end = text.IndexOf('\n');
            if (end < 0)
            {
                break;
            }

            text = text[(end + 1)..];
            line++;
        }
    }

    [GeneratedRegex(@"\btools\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToolsHeading();
}
