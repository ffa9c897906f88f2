using Catalog.Crawler.Extraction;
using Catalog.Crawler.Extraction.CSharp;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Tests.Extraction.CSharp;

public sealed class CSharpToolExtractorTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "csharp");

    [Theory]
    [InlineData("src/Tools.cs", true)]
    [InlineData("src/TOOLS.CS", true)]
    [InlineData("src/tools.csx", false)]
    [InlineData("src/tools.cshtml", false)]
    public void Accepts_ByExtension_OnlyCSharpFiles(string path, bool expected)
    {
        // Given an empty file at the path (the orchestrator probes paths before reading them)
        var file = new SourceFile(path, "");

        // When / Then
        Assert.Equal(expected, new CSharpToolExtractor().Accepts(file));
    }

    [Fact]
    public void Extract_AttributeShapes_ReadsNamesSchemaAndAnnotations()
    {
        // Given tools with a bare attribute and with every named argument, plus SDK and DI parameters
        // When
        var tools = Extract("BasicTools.cs");

        // Then the injected parameters are left out and the C# types are mapped
        Assert.Equal(
            [
                ("Echo", null, "Echoes the message back.",
                    """{"type":"object","properties":{"message":{"type":"string","description":"Text to echo"},"count":{"type":"integer"}},"required":["message"]}""",
                    ToolAnnotations.None, 9),
                ("get_weather", "Weather report", "Returns the forecast for a place.",
                    """{"type":"object","properties":{"latitude":{"type":"number","description":"Latitude in degrees"},"longitude":{"type":"number"},"days":{"type":"integer"},"metric":{"type":"boolean"},"tags":{"type":"array","items":{"type":"string"}},"stations":{"type":"array","items":{"type":"integer"}},"headers":{"type":"object"},"since":{"type":"string"},"threshold":{"type":"number"}},"required":["latitude","longitude","metric","tags","stations","headers","since"]}""",
                    new ToolAnnotations(ReadOnlyHint: true, DestructiveHint: false, IdempotentHint: true, OpenWorldHint: true), 16),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_ConstantsConcatenationsAndRawStrings_FoldsText()
    {
        // Given names and descriptions built from const fields (of this and another class), '+', interpolation,
        // nameof, verbatim and raw string literals
        // When
        var tools = Extract("ConstantTools.cs");

        // Then each is folded into its text
        Assert.Equal(
            [
                ("delete_file", null, "Deletes a file. Cannot be undone.",
                    """{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}""",
                    new ToolAnnotations(DestructiveHint: true), 14),
                ("ReadFile", null, "Reads a file from disk.",
                    """{"type":"object","properties":{"path":{"type":"string"},"maxSize":{"type":"integer","description":"Maximum size in bytes"}},"required":["path"]}""",
                    ToolAnnotations.None, 18),
                ("list_files", null, "Lists the files of a folder.\nHidden files are \"skipped\".",
                    """{"type":"object","properties":{"folder":{"type":"string","description":"Folder, e.g. C:\\data"}},"required":["folder"]}""",
                    ToolAnnotations.None, 22),
                ("stat", null, "Size in bytes.",
                    """{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}""",
                    ToolAnnotations.None, 29),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_ToolsInCommentsStringsAndDisabledCode_AreIgnored()
    {
        // Given attribute text in comments, doc comments, strings, a raw string and an #if false block
        // When
        var tools = Extract("CommentedTools.cs");

        // Then only the real tool is found, and a [return: Description] is not its description
        Assert.Equal(
            [("Real", null, "", """{"type":"object","properties":{"value":{"type":"string"}},"required":["value"]}""", ToolAnnotations.None, 30)],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_EnumParameters_BecomeStringsWithTheirMembers()
    {
        // Given an enum of the same file, an enum declared in another file of the server, and an unknown type
        // When
        var tools = Extract("EnumTools.cs");

        // Then known enums list their members, and the unknown type is an object
        Assert.Equal(
            [
                ("create_task", null, "Creates a task.",
                    """{"type":"object","properties":{"title":{"type":"string"},"priority":{"type":"string","enum":["Low","Normal","High"]},"unit":{"type":"string","enum":["Metric","Imperial"]},"tags":{"type":"array","items":{"type":"string","enum":["Low","Normal","High"]}},"mystery":{"type":"object"}},"required":["title","priority","unit","tags","mystery"]}""",
                    new ToolAnnotations(OpenWorldHint: false), 15),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_SyntaxErrors_ReadsWhatTheParserRecovers()
    {
        // Given a file with unbalanced parentheses and a truncated end
        // When
        var tools = Extract("BrokenTools.cs");

        // Then the tools whose attributes survived recovery are still found, by their attribute lines
        Assert.Equal(["first@7:Still readable.", "second@10:After the error.", "third@14:"], tools.Select(t => $"{t.Name}@{t.Location.Line}:{t.Description}"));
    }

    [Fact]
    public void Extract_UnknownTypesAndServices_MapsConservatively()
    {
        // Given a description constant from a class the file does not declare, services and unknown types
        // When
        var tools = Extract("UnknownTypes.cs");

        // Then the description is empty, services are skipped and unknown types are objects (JSON values: any)
        Assert.Equal(
            [
                ("search", null, "",
                    """{"type":"object","properties":{"query":{"type":"string"},"filter":{"type":"object"},"limit":{"type":"integer"},"more":{"type":"array","items":{"type":"object"}},"options":{},"raw":{}},"required":["filter","more","options","raw"]}""",
                    new ToolAnnotations(ReadOnlyHint: true), 11),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_EveryTool_RecordsPathAndMethod()
    {
        // Given a fixture with two tools
        // When
        var tools = Extract("BasicTools.cs");

        // Then
        Assert.All(tools, t => Assert.Equal(("BasicTools.cs", ExtractionMethods.CsAttribute), (t.Location.Path, t.Method)));
    }

    [Fact]
    public void Extract_CancelledContext_Throws()
    {
        // Given a context whose time budget is used up
        var file = Load("BasicTools.cs");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var context = new ExtractionContext("owner/repo", new Dictionary<string, SourceFile> { [file.Path] = file }, cancelled.Token);

        // When / Then
        Assert.ThrowsAny<OperationCanceledException>(() => new CSharpToolExtractor().Extract(file, context).ToList());
    }

    private static (string Name, string? Title, string Description, string Schema, ToolAnnotations Annotations, int Line) Shape(ToolDefinition tool) =>
        (tool.Name, tool.Title, tool.Description, tool.InputSchema, tool.Annotations, tool.Location.Line);

    private static List<ToolDefinition> Extract(string relativePath)
    {
        var files = Directory.EnumerateFiles(FixtureRoot, "*", SearchOption.AllDirectories)
            .Select(full => new SourceFile(Path.GetRelativePath(FixtureRoot, full).Replace('\\', '/'), File.ReadAllText(full)))
            .ToDictionary(f => f.Path);
        var context = new ExtractionContext("owner/repo", files);
        return new CSharpToolExtractor().Extract(files[relativePath], context).ToList();
    }

    private static SourceFile Load(string relativePath) =>
        new(relativePath, File.ReadAllText(Path.Combine(FixtureRoot, relativePath)));
}
