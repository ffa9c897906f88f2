using Catalog.Crawler.Extraction;
using Catalog.Crawler.Extraction.Rust;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Tests.Extraction.Rust;

public sealed class RustToolExtractorTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "rust");

    [Theory]
    [InlineData("src/main.rs", true)]
    [InlineData("src/LIB.RS", true)]
    [InlineData("Cargo.toml", false)]
    [InlineData("src/main.rs.orig", false)]
    public void Accepts_RustSources(string path, bool expected)
    {
        // Given / When / Then
        Assert.Equal(expected, new RustToolExtractor().Accepts(new SourceFile(path, "")));
    }

    [Fact]
    public void Extract_ToolRouter_ReadsParametersStructsFromTheCrate()
    {
        // Given a #[tool_router] impl whose tools take Parameters<T> structs declared in another file of the crate
        // When
        var tools = Extract("router", "router/src/calculator.rs");

        // Then serde renames, defaults, skips and flattening shape the schema; doc comments and schemars describe
        Assert.Equal(
            [
                ("sum", null, "Calculate the sum of two numbers",
                    """{"type":"object","properties":{"a":{"type":"integer","description":"the left hand side number"},"b":{"type":"integer","description":"The right hand side number"}},"required":["a","b"]}""",
                    ToolAnnotations.None, 20),
                ("search_index", "Search", "Searches the index.\nReturns the best matches first.",
                    """{"type":"object","properties":{"queryText":{"type":"string","description":"What to look for"},"maxResults":{"type":"integer","description":"At most this many"},"sortOrder":{"type":"string","enum":["most_recent","best"]},"tags":{"type":"array","items":{"type":"string"}},"labels":{"type":"object"},"page":{"type":"integer"},"filter":{"type":"object","properties":{"field":{"type":"string"},"parent":{"type":"object"}},"required":["field"]},"ratio":{"type":"number"},"exact":{"type":"boolean"},"shape":{},"extra":{}},"required":["queryText","sortOrder","labels","page","filter","ratio","exact","shape","extra"]}""",
                    new ToolAnnotations(ReadOnlyHint: true, DestructiveHint: false, OpenWorldHint: false), 27),
                ("now", null, "Current time", ToolDefinition.EmptyInputSchema, new ToolAnnotations(IdempotentHint: true), 35),
            ],
            tools.Select(Shape));
        Assert.All(tools, t => Assert.Equal((ExtractionMethods.RustRmcp, "router/src/calculator.rs"), (t.Method, t.Location.Path)));
    }

    [Fact]
    public void Extract_OlderToolBox_ReadsParamAndAggrArguments()
    {
        // Given a #[tool(tool_box)] impl with #[tool(param)] arguments and an #[tool(aggr)] struct, and a raw identifier
        // When
        var tools = Extract("toolbox", "toolbox/src/lib.rs");

        // Then
        Assert.Equal(
            [
                ("read", null, "Reads a file",
                    """{"type":"object","properties":{"path":{"type":"string","description":"Path to read"},"limit":{"type":"integer"},"encoding":{"type":"string","description":"Encoding name"}},"required":["path","encoding"]}""",
                    ToolAnnotations.None, 14),
                ("move", null, "Moves a file",
                    """{"type":"object","properties":{"from":{"type":"string"},"to":{"type":"string"}},"required":["from","to"]}""",
                    ToolAnnotations.None, 28),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_ConstantsConcatAndRawStrings_FoldsText()
    {
        // Given names and descriptions from consts, concat!, raw strings, and a format! that is not fixed text
        // When
        var tools = Extract("constants", "constants/src/main.rs");

        // Then
        Assert.Equal(
            [
                ("delete_record", "Deletes a record. Cannot be undone.", new ToolAnnotations(DestructiveHint: true), 8),
                ("query", "Runs a \"raw\" query.\nUse with care.", ToolAnnotations.None, 11),
                ("purge", "Deletes a record. ", ToolAnnotations.None, 15),
                ("computed", "", ToolAnnotations.None, 18),
            ],
            tools.Select(t => (t.Name, t.Description, t.Annotations, t.Location.Line)));
    }

    [Fact]
    public void Extract_ToolsInCommentsStringsAndOutsideRouters_AreIgnored()
    {
        // Given tool attributes in line, nested block and doc comments, strings, raw strings, a plain impl and a free fn
        // When
        var tools = Extract("commented", "commented/src/lib.rs");

        // Then
        Assert.Equal([("real", null, "The real tool", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 15)], tools.Select(Shape));
    }

    [Fact]
    public void Extract_SyntaxErrors_ReadsToolsAroundTheDamage()
    {
        // Given an unclosed attribute, a missing parameters struct and an unterminated string at the end
        // When
        var tools = Extract("broken", "broken/src/lib.rs");

        // Then
        Assert.Equal(
            [("fine", "Before the damage", ToolDefinition.EmptyInputSchema, 3), ("after", "After the damage", ToolDefinition.EmptyInputSchema, 9)],
            tools.Select(t => (t.Name, t.Description, t.InputSchema, t.Location.Line)));
    }

    [Fact]
    public void Extract_UnknownParameterTypes_KeepTheToolWithAnEmptySchema()
    {
        // Given Parameters of a struct from another crate, of a JSON map, and a tool taking only context
        // When
        var tools = Extract("unknown", "unknown/src/lib.rs");

        // Then
        Assert.Equal(
            [("external", ToolDefinition.EmptyInputSchema, 3), ("object", ToolDefinition.EmptyInputSchema, 6), ("context", ToolDefinition.EmptyInputSchema, 9)],
            tools.Select(t => (t.Name, t.InputSchema, t.Location.Line)));
    }

    [Fact]
    public void Extract_CancelledContext_Throws()
    {
        // Given a context whose time budget is used up
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var file = new SourceFile("src/lib.rs", File.ReadAllText(Path.Combine(FixtureRoot, "router", "src", "calculator.rs")));
        var context = new ExtractionContext("owner/repo", new Dictionary<string, SourceFile> { [file.Path] = file }, cancelled.Token);

        // When / Then
        Assert.ThrowsAny<OperationCanceledException>(() => new RustToolExtractor().Extract(file, context).ToList());
    }

    [Fact]
    public void Extract_ToolsBuiltByHand_ReadsConstructorAndStructLiteral()
    {
        // Given an rmcp server listing tools it builds with Tool::new (a constant description, a json! schema) and a
        // Tool { .. } literal, and a third whose function holds two json! literals
        // When
        var tools = Extract("handbuilt", "handbuilt/src/server.rs");

        // Then each is a tool at its constructor; a schema is read only when it is the function's one json! literal
        Assert.Equal(
            [
                ("switch_beam", null, "Turn the beam on or off.",
                    """{"type":"object","properties":{"on":{"type":"boolean","description":"Whether the beam shines"}},"required":["on"]}""",
                    ToolAnnotations.None, 21),
                ("sound_foghorn", null, "Sound the foghorn for a number of seconds.", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 25),
                ("read_logbook", null, "Read the keeper's logbook.", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 37),
            ],
            tools.Select(Shape));
        Assert.All(tools, t => Assert.Equal(ExtractionMethods.RustRmcp, t.Method));
    }

    [Fact]
    public void Extract_ToolConstructorOutsideRmcp_FindsNothing()
    {
        // Given a file that builds another crate's Tool with the same constructor shape
        // When / Then
        Assert.Empty(Extract("handbuilt", "handbuilt/src/weather.rs"));
    }

    private static (string Name, string? Title, string Description, string Schema, ToolAnnotations Annotations, int Line) Shape(ToolDefinition tool) =>
        (tool.Name, tool.Title, tool.Description, tool.InputSchema, tool.Annotations, tool.Location.Line);

    /// <summary>Extracts one file with every fixture file of <paramref name="folder"/> as the rest of the crate.</summary>
    private static List<ToolDefinition> Extract(string folder, string path)
    {
        var files = Directory.EnumerateFiles(Path.Combine(FixtureRoot, folder), "*", SearchOption.AllDirectories)
            .Select(full => new SourceFile(Path.GetRelativePath(FixtureRoot, full).Replace('\\', '/'), File.ReadAllText(full)))
            .ToDictionary(f => f.Path);
        return new RustToolExtractor().Extract(files[path], new ExtractionContext("owner/repo", files)).ToList();
    }
}
