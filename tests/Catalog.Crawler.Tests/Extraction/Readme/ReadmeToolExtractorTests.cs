using Catalog.Crawler.Extraction;
using Catalog.Crawler.Extraction.Readme;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Tests.Extraction.Readme;

public sealed class ReadmeToolExtractorTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "readme");

    [Theory]
    [InlineData("README.md", true)]
    [InlineData("docs/readme.md", true)]
    [InlineData("README.markdown", true)]
    [InlineData("README.txt", false)]
    [InlineData("CONTRIBUTING.md", false)]
    public void Accepts_ByFileName_OnlyReadmes(string path, bool expected)
    {
        // Given / When / Then
        Assert.Equal(expected, new ReadmeToolExtractor().Accepts(new SourceFile(path, "")));
    }

    [Fact]
    public void Extract_BulletLists_ReadsNamedItemsOfTheToolsSection()
    {
        // Given bullets with bold, code and linked names, a category with nested tools, a tool with a parameter
        // list, plain and prose items, a duplicate, a code block and lists outside the section
        // When
        var tools = Extract("bullets.md");

        // Then
        Assert.Equal(
            [
                ("read_file", "Reads a file from disk.", 9),
                ("write_file", "Writes a file", 11),
                ("search", "Searches the index", 12),
                ("move_file", "Moves a file", 14),
                ("copy_file", "Copies a file", 15),
                ("delete_file", "", 16),
            ],
            tools.Select(t => (t.Name, t.Description, t.Location.Line)));
    }

    [Fact]
    public void Extract_ToolSubHeadings_TakeTheNextParagraphAndSkipParameterLists()
    {
        // Given tool-named sub-headings under a category heading, with parameter lists and tables, a plain-word
        // category heading whose bullet names three tools, a bold remark, and a tool-named heading after the section ended
        // When
        var tools = Extract("headings.md");

        // Then
        Assert.Equal(
            [
                ("read_note", "Reads a note by its id.", 7),
                ("write_note", "Writes a note.", 13),
                ("delete_note", "", 26),
                ("share_note", "manage who can read a note", 32),
                ("unshare_note", "manage who can read a note", 32),
                ("list_shares", "manage who can read a note", 32),
            ],
            tools.Select(t => (t.Name, t.Description, t.Location.Line)));
    }

    [Fact]
    public void Extract_MarkdownAndHtmlTables_ReadsNameAndDescriptionColumns()
    {
        // Given pipe tables (tools, parameters, a description column that is not the second), an HTML table,
        // an HTML list with a nested parameter list, and a details element described by the next paragraph
        // When
        var tools = Extract("tables.md");

        // Then
        Assert.Equal(
            [
                ("list_issues", "Lists issues of a repository", 6),
                ("create_issue", "Creates an issue | with a pipe", 7),
                ("close_issue", "Closes an issue", 16),
                ("html_table_tool", "Listed in an <html> table", 20),
                ("html_list_tool", "Listed in an HTML list", 25),
                ("details_tool", "Described in the paragraph after the summary.", 32),
            ],
            tools.Select(t => (t.Name, t.Description, t.Location.Line)));
    }

    [Fact]
    public void Extract_NoToolsHeading_FindsNothing()
    {
        // Given a README whose lists and tables are not under a Tools heading
        // When
        var tools = Extract("no-tools.md");

        // Then
        Assert.Empty(tools);
    }

    [Fact]
    public void Extract_EveryTool_HasEmptySchemaAndReadmeMethod()
    {
        // Given
        // When
        var tools = Extract("tables.md");

        // Then
        Assert.All(tools, t => Assert.Equal(
            (ToolDefinition.EmptyInputSchema, ExtractionMethods.Readme, "tables.md", (string?)null, ToolAnnotations.None),
            (t.InputSchema, t.Method, t.Location.Path, t.Title, t.Annotations)));
    }

    [Fact]
    public void Extract_DeeplyNestedHtml_SkipsTheBlockAndReadsTheRest()
    {
        // Given a tools section with thousands of nested HTML lists, then an ordinary tool bullet
        var text = "## Tools\n\n" + string.Concat(Enumerable.Repeat("<ul><li>", 5000)) + "\n\n- `after_html`: still read\n";
        var file = new SourceFile("README.md", text);
        var context = new ExtractionContext("owner/repo", new Dictionary<string, SourceFile>());

        // When
        var tools = new ReadmeToolExtractor().Extract(file, context).ToList();

        // Then the HTML block is recorded as skipped and the bullet still found
        Assert.Equal([("after_html", "still read", 5)], tools.Select(t => (t.Name, t.Description, t.Location.Line)));
        var skipped = Assert.Single(context.Skipped);
        Assert.StartsWith("HTML block at line 3 not read:", skipped.Reason);
    }

    [Theory]
    [InlineData("emphasis")]
    [InlineData("brackets")]
    public void Extract_HostileNesting_FinishesQuicklyWithNothingOrAClearError(string shape)
    {
        // Given a tools section with a bullet of twenty thousand emphasis markers or opening brackets
        var bullet = shape == "emphasis" ? new string('*', 20000) + "x" : string.Concat(Enumerable.Repeat("[`", 20000));
        var file = new SourceFile("README.md", "## Tools\n\n- " + bullet + "\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // When
        var error = Record.Exception(() => new ReadmeToolExtractor().Extract(file, new ExtractionContext("owner/repo", new Dictionary<string, SourceFile>())).ToList());

        // Then
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(error is null || (error is InvalidDataException && error.Message.StartsWith("README.md could not be parsed", StringComparison.Ordinal)), error?.ToString());
    }

    [Theory]
    [InlineData(' ', 256)]
    [InlineData('>', 259)]
    public void Extract_LinesNestedAbsurdlyDeep_AreRefusedBeforeParsing(char nesting, int firstLineTooDeep)
    {
        // Given a tools section whose list is indented (or quoted) a thousand levels deep
        var lines = Enumerable.Range(0, 1000).Select(i => new string(nesting, i) + (nesting == ' ' ? "- **category**" : " text"));
        var file = new SourceFile("README.md", "## Tools\n\n" + string.Join("\n", lines) + "\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // When
        var error = Assert.Throws<InvalidDataException>(() => new ReadmeToolExtractor().Extract(file, new ExtractionContext("owner/repo", new Dictionary<string, SourceFile>())).ToList());

        // Then the first line whose markers and indentation pass the limit is named, without the parser's seconds of work
        Assert.Equal($"README.md could not be parsed as Markdown: line {firstLineTooDeep} is nested more than 256 characters deep", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    private static List<ToolDefinition> Extract(string relativePath)
    {
        var file = new SourceFile(relativePath, File.ReadAllText(Path.Combine(FixtureRoot, relativePath)));
        return new ReadmeToolExtractor().Extract(file, new ExtractionContext("owner/repo", new Dictionary<string, SourceFile> { [file.Path] = file })).ToList();
    }
}
