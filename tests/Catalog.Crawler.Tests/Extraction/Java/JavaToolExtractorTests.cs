using Catalog.Crawler.Extraction;
using Catalog.Crawler.Extraction.Java;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Tests.Extraction.Java;

public sealed class JavaToolExtractorTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "java");

    [Theory]
    [InlineData("src/main/java/App.java", true)]
    [InlineData("src/main/kotlin/App.kt", true)]
    [InlineData("build.gradle.kts", false)]
    [InlineData("App.class", false)]
    public void Accepts_JavaAndKotlinSources(string path, bool expected)
    {
        // Given / When / Then
        Assert.Equal(expected, new JavaToolExtractor().Accepts(new SourceFile(path, "")));
    }

    [Fact]
    public void Extract_SpringAiTools_ReadsSignatureTypesAndParameterAnnotations()
    {
        // Given @Tool methods with @ToolParam, @Nullable, Optional, varargs, an injected ToolContext, and an enum and
        // a record declared in other files
        // When
        var (tools, _) = Extract("springai", "springai/WeatherService.java");

        // Then
        Assert.Equal(
            [
                ("getForecast", null, "Get the weather forecast for a location",
                    """{"type":"object","properties":{"latitude":{"type":"number","description":"Latitude"},"longitude":{"type":"number","description":"Longitude"},"days":{"type":"integer","description":"Days ahead"},"language":{"type":"string"},"detailed":{"type":"boolean"},"fields":{"type":"array","items":{"type":"string"}},"units":{"type":"string","enum":["METRIC","IMPERIAL"]},"alternatives":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"latitude":{"type":"number"},"elevation":{"type":"number"}},"required":["name","latitude"]}}},"required":["latitude","longitude","fields","units","alternatives"]}""",
                    ToolAnnotations.None, 13, ExtractionMethods.JavaSpringAi),
                ("get_alerts", null, "Weather alerts for a US state",
                    """{"type":"object","properties":{"state":{"type":"string","description":"Two-letter state code"},"codes":{"type":"array","items":{"type":"string"}}},"required":["state","codes"]}""",
                    ToolAnnotations.None, 27, ExtractionMethods.JavaSpringAi),
                ("ping", null, "", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 33, ExtractionMethods.JavaSpringAi),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_McpToolAnnotations_ReadsHintsConstantsAndTextBlocks()
    {
        // Given @McpTool methods with nested McpAnnotations, a qualified constant from another file, '+' and a text block
        // When
        var (tools, _) = Extract("mcpannotations", "mcpannotations/Calculator.java");

        // Then injected exchange and progress-token parameters are left out
        Assert.Equal(
            [
                ("calculate-area", "Rectangle Area", "Calculate the area of a rectangle",
                    """{"type":"object","properties":{"width":{"type":"number","description":"Width"},"height":{"type":"number","description":"Height"}},"required":["width"]}""",
                    new ToolAnnotations(ReadOnlyHint: true, DestructiveHint: false, IdempotentHint: true), 12, ExtractionMethods.JavaSpringAi),
                ("explain", null, "Explains a calculation.\n  Indented \"detail\" line.\n",
                    """{"type":"object","properties":{"expression":{"type":"string","description":"The expression"}},"required":["expression"]}""",
                    new ToolAnnotations(OpenWorldHint: false), 22, ExtractionMethods.JavaSpringAi),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_JavaSdkTools_ParsesJsonSchemaStrings()
    {
        // Given SDK tools from constructors (3 and 7 arguments) and a builder, with schemas as a text block and a
        // concatenated constant, plus an invalid schema, a computed name and a schema object
        // When
        var (tools, context) = Extract("sdk", "sdk/Server.java");

        // Then
        var echoSchema = """{"type":"object","properties":{"text":{"type":"string"}},"required":["text"]}""";
        Assert.Equal(
            [
                ("calculator", null, "Basic calculator",
                    """{"type":"object","properties":{"operation":{"type":"string","description":"add or sub"},"a":{"type":"number"}},"required":["operation"]}""",
                    ToolAnnotations.None, 22, ExtractionMethods.JavaSdk),
                ("echo", "Echo", "Echoes text", echoSchema, new ToolAnnotations(true, false, true, false), 24, ExtractionMethods.JavaSdk),
                ("built_tool", "Built", "Made with the builder", echoSchema, new ToolAnnotations(false, true, null, true), 27, ExtractionMethods.JavaSdk),
                ("bad_schema", null, "Schema is not JSON", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 35, ExtractionMethods.JavaSdk),
                ("object_schema", null, "Schema object", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 37, ExtractionMethods.JavaSdk),
            ],
            tools.Select(Shape));
        Assert.Equal(["Tool at line 36: the name is not a constant string"], context.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public void Extract_Kotlin_ReadsAnnotatedFunctionsAndSdkAddTool()
    {
        // Given Kotlin @Tool functions (nullable, defaults, extension receiver, use-site target) and Kotlin SDK addTool calls
        // When
        var (tools, _) = Extract("kotlin", "kotlin/WeatherTools.kt");

        // Then a description with a string template is not fixed text and stays empty
        Assert.Equal(
            [
                ("getWeather", null, "Weather for a city",
                    """{"type":"object","properties":{"city":{"type":"string","description":"City name"},"days":{"type":"integer"},"hourly":{"type":"boolean"},"units":{"type":"array","items":{"type":"string"}},"scale":{"type":"array","items":{"type":"number"}}},"required":["city","units","scale"]}""",
                    ToolAnnotations.None, 9, ExtractionMethods.JavaSpringAi),
                ("alerts", null, "Alerts",
                    """{"type":"object","properties":{"region":{"type":"string","description":"Region"}},"required":["region"]}""",
                    ToolAnnotations.None, 18, ExtractionMethods.JavaSpringAi),
                ("kt_forecast", null, "Forecast from the Kotlin SDK.\nSecond line.",
                    """{"type":"object","properties":{"city":{"type":"string","description":"City to forecast"},"days":{"type":"integer"}},"required":["city"]}""",
                    ToolAnnotations.None, 23, ExtractionMethods.JavaSdk),
                ("templated", null, "", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 44, ExtractionMethods.JavaSdk),
            ],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_ToolsInCommentsStringsClassesAndFields_AreIgnored()
    {
        // Given @Tool in javadoc, line and block comments, a text block, a string, on a class and on a field
        // When
        var (tools, _) = Extract("commented", "commented/Commented.java");

        // Then
        Assert.Equal(
            [("real", null, "The real one", ToolDefinition.EmptyInputSchema, ToolAnnotations.None, 27, ExtractionMethods.JavaSpringAi)],
            tools.Select(Shape));
    }

    [Fact]
    public void Extract_SyntaxErrors_ReadsToolsAroundTheDamage()
    {
        // Given an unclosed annotation and parameter list, and an unterminated text block at the end
        // When
        var (tools, _) = Extract("broken", "broken/Broken.java");

        // Then
        Assert.Equal(
            [
                ("fine", """{"type":"object","properties":{"x":{"type":"string","description":"x"}},"required":["x"]}""", 4),
                ("after", """{"type":"object","properties":{"z":{"type":"integer"}},"required":["z"]}""", 10),
            ],
            tools.Select(t => (t.Name, t.InputSchema, t.Location.Line)));
    }

    [Fact]
    public void Extract_CancelledContext_Throws()
    {
        // Given a context whose time budget is used up
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var file = new SourceFile("App.java", File.ReadAllText(Path.Combine(FixtureRoot, "springai", "WeatherService.java")));
        var context = new ExtractionContext("owner/repo", new Dictionary<string, SourceFile> { [file.Path] = file }, cancelled.Token);

        // When / Then
        Assert.ThrowsAny<OperationCanceledException>(() => new JavaToolExtractor().Extract(file, context).ToList());
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
        return (new JavaToolExtractor().Extract(files[path], context).ToList(), context);
    }
}
