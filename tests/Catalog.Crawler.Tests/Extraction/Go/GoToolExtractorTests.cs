using Catalog.Crawler.Extraction;
using Catalog.Crawler.Extraction.Go;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Tests.Extraction.Go;

public sealed class GoToolExtractorTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "go");

    [Theory]
    [InlineData("cmd/server/main.go", true)]
    [InlineData("tools.GO", true)]
    [InlineData("cmd/server/main_test.go", false)]
    [InlineData("go.mod", false)]
    public void Accepts_GoSourcesButNotTests(string path, bool expected)
    {
        // Given / When / Then
        Assert.Equal(expected, new GoToolExtractor().Accepts(new SourceFile(path, "")));
    }

    [Fact]
    public void Extract_McpGoBuilders_ReadsOptionsParametersAndAnnotations()
    {
        // Given mcp-go tools with every parameter kind, hint helpers, an annotation struct, a typed and a raw schema
        // When
        var (tools, _) = Extract("mcpgo", "mcpgo/tools.go");

        // Then
        Assert.Equal(
            [
                ("search_issues", "Search issues", "Searches issues",
                    """{"type":"object","properties":{"query":{"type":"string","description":"Search text"},"state":{"type":"string","enum":["open","closed"]},"limit":{"type":"number","description":"At most this many"},"page":{"type":"integer"},"archived":{"type":"boolean"},"labels":{"type":"array","items":{"type":"string"}},"ids":{"type":"array","items":{"type":"number"}},"filter":{"type":"object"}},"required":["query","archived"]}""",
                    new ToolAnnotations(true, false, true, true), 9, ExtractionMethods.GoMcpGo),
                ("close_issue", "Close issue", "Closes an issue",
                    """{"type":"object","properties":{"number":{"type":"number"}},"required":["number"]}""",
                    new ToolAnnotations(ReadOnlyHint: false, DestructiveHint: true), 30, ExtractionMethods.GoMcpGo),
                ("typed_tool", null, "Typed",
                    """{"type":"object","properties":{"path":{"type":"string","description":"File path, relative to the root"},"mode":{"type":"string"}},"required":["path"]}""",
                    ToolAnnotations.None, 40, ExtractionMethods.GoMcpGo),
                ("raw_tool", null, "Raw schema",
                    """{"type":"object","properties":{"x":{"type":"string"}},"required":["x"]}""",
                    ToolAnnotations.None, 42, ExtractionMethods.GoMcpGo),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_ConstantsRawStringsAndConcatenations_FoldsText()
    {
        // Given names and descriptions from constants of this and another file of the package, '+' and raw strings
        // When
        var (tools, context) = Extract("constants", "constants/tools.go");

        // Then the computed name is skipped with a reason, the others are folded
        Assert.Equal(
            [
                ("read_file", null, "Reads a file from disk.",
                    """{"type":"object","properties":{"path":{"type":"string","description":"Path of the \u0022file\u0022"}},"required":["path"]}""",
                    ToolAnnotations.None, 11, ExtractionMethods.GoMcpGo),
                ("write_file", null, "Writes a file.\nOverwrites without asking.", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 15, ExtractionMethods.GoMcpGo),
                ("fs_delete", null, "[danger] deletes", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 20, ExtractionMethods.GoMcpGo),
            ],
            tools.Select(Shape));
        Assert.Equal(["mcp.NewTool at line 19: the name is not a constant string"], context.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public void Extract_ToolsInCommentsAndStrings_AreIgnored()
    {
        // Given NewTool calls in line and block comments, raw and interpreted strings, and an unqualified local NewTool
        // When
        var (tools, _) = Extract("commented", "commented/tools.go");

        // Then
        Assert.Equal(
            [("real_tool", null, "The only tool // with slashes /* and stars */", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 20, ExtractionMethods.GoMcpGo)],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_GoSdkAddTool_InfersSchemaFromTheHandlersArgumentsStruct()
    {
        // Given go-sdk tools whose handlers (function, method, literal, legacy params) take structs declared in another file
        // When
        var (tools, _) = Extract("gosdk", "gosdk/main.go");

        // Then json tags name the properties, omitempty/omitzero make them optional, jsonschema tags describe them
        Assert.Equal(
            [
                ("greet", "Greeter", "Says hi to someone",
                    """{"type":"object","properties":{"verbose":{"type":"boolean","description":"print more"},"name":{"type":"string","description":"the name of the person to greet"},"mode":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}},"extra":{"type":"object"},"age":{"type":"integer"},"NoTag":{"type":"number"},"A":{"type":"integer"},"B":{"type":"integer"},"inner":{"type":"object","properties":{"deep":{"type":"string"}},"required":["deep"]},"self":{"type":"object"}},"required":["name","age","NoTag","inner"]}""",
                    new ToolAnnotations(true, false, true, false), 12, ExtractionMethods.GoSdk),
                ("lookup", null, "Looks up a record",
                    """{"type":"object","properties":{"key":{"type":"string","description":"record key"}},"required":["key"]}""",
                    ToolAnnotations.None, 19, ExtractionMethods.GoSdk),
                ("inline", null, "Inline handler",
                    """{"type":"object","properties":{"query":{"type":"string","description":"what to find"},"limit":{"type":"integer"}},"required":["query"]}""",
                    ToolAnnotations.None, 22, ExtractionMethods.GoSdk),
                ("legacy", null, "Old handler shape",
                    """{"type":"object","properties":{"id":{"type":"string"}},"required":["id"]}""",
                    ToolAnnotations.None, 30, ExtractionMethods.GoSdk),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_UnknownHandlersAndTypes_KeepTheToolWithAnEmptySchema()
    {
        // Given handlers from another package, missing handlers, undeclared argument types, a low-level handler and a computed name
        // When
        var (tools, context) = Extract("unknown", "unknown/tools.go");

        // Then
        Assert.Equal(
            [
                ("elsewhere", "Arguments type from another package", 9),
                ("missing", "Handler not in the package", 10),
                ("untyped", "Arguments type not declared", 11),
                ("low_level", "Raw handler", 12),
            ],
            tools.Select(t => (t.Name, t.Description, t.Location.Line)));
        Assert.All(tools, t => Assert.Equal(ToolDefinition.EmptyInputSchema, t.InputSchema));
        Assert.Equal(["mcp.Tool literal at line 13: the name is not a constant string"], context.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public void Extract_SyntaxErrors_KeepsWholeCallsAndReportsBrokenOnes()
    {
        // Given a file with an unbalanced call, an unterminated string and a truncated end
        // When
        var (tools, context) = Extract("broken", "broken/tools.go");

        // Then
        Assert.Equal(
            [("first_tool", null, "Fine", """{"type":"object","properties":{"a":{"type":"string"}},"required":["a"]}""", ToolAnnotations.None, 6, ExtractionMethods.GoMcpGo)],
            tools.Select(Shape));
        Assert.Equal(
            ["mcp.NewTool at line 7: the call is not closed", "mcp.NewTool at line 9: the call is not closed", "mcp.NewTool at line 10: the call is not closed"],
            context.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public void Extract_CancelledContext_Throws()
    {
        // Given a context whose time budget is used up
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var file = new SourceFile("main.go", File.ReadAllText(Path.Combine(FixtureRoot, "mcpgo", "tools.go")));
        var context = new ExtractionContext("owner/repo", new Dictionary<string, SourceFile> { [file.Path] = file }, cancelled.Token);

        // When / Then
        Assert.ThrowsAny<OperationCanceledException>(() => new GoToolExtractor().Extract(file, context).ToList());
    }

    [Fact]
    public void Extract_CallsToPackageFunctionsWrappingNewTool_AreTools()
    {
        // Given tools built through two helper functions of the package (in another file) that pass their name and
        // description parameters to mcp.NewTool, a helper that builds no tool, and a call whose name is computed
        // When the calling file is extracted
        var (tools, _) = Extract("wrappers", "wrappers/tools.go");

        // Then each call with a constant name is a tool described by the text the call passes, with the options of both sides
        Assert.Equal(
            [
                ("feed_fish", null, "Feed the fish in a tank.",
                    """{"type":"object","properties":{"tank_id":{"type":"string","description":"Which tank"},"grams":{"type":"number","description":"How much food"}},"required":["tank_id"]}""",
                    ToolAnnotations.None, 8, ExtractionMethods.GoMcpGo),
                ("drain_tank", null, "Drain a tank completely.",
                    """{"type":"object","properties":{"tank_id":{"type":"string","description":"Which tank"}},"required":["tank_id"]}""",
                    ToolAnnotations.None, 11, ExtractionMethods.GoMcpGo),
                ("count_fish", null, "Count the fish in every tank.", ToolDefinition.EmptyInputSchema,
                    new ToolAnnotations(ReadOnlyHint: true), 12, ExtractionMethods.GoMcpGo),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_FileOfWrapperFunctionsOnly_FindsNothingByItself()
    {
        // Given the helper file, whose mcp.NewTool calls take a parameter as the name
        // When / Then
        Assert.Empty(Extract("wrappers", "wrappers/helpers.go").Tools);
    }

    private static (string Name, string? Title, string Description, string Schema, ToolAnnotations Annotations, int Line, string Method) Shape(ToolDefinition tool) =>
        (tool.Name, tool.Title, tool.Description, tool.InputSchema, tool.Annotations, tool.Location.Line, tool.Method);

    /// <summary>Extracts one file with every fixture file of <paramref name="folder"/> as the rest of the server.</summary>
    private static (List<ToolDefinition> Tools, ExtractionContext Context) Extract(string folder, string path)
    {
        var files = Directory.EnumerateFiles(Path.Combine(FixtureRoot, folder), "*", SearchOption.AllDirectories)
            .Select(full => new SourceFile(Path.GetRelativePath(FixtureRoot, full).Replace('\\', '/'), File.ReadAllText(full)))
            .ToDictionary(f => f.Path);
        var context = new ExtractionContext("owner/repo", files);
        return (new GoToolExtractor().Extract(files[path], context).ToList(), context);
    }
}
