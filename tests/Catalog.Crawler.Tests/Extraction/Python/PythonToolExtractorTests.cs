using Catalog.Crawler.Extraction;
using Catalog.Crawler.Extraction.Python;
using Catalog.Crawler.Tests.Extraction.TypeScript;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Tests.Extraction.Python;

public sealed class PythonToolExtractorTests
{
    private const string Empty = ToolDefinition.EmptyInputSchema;

    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "python");

    private readonly PythonToolExtractor extractor = new();

    [Fact]
    public void Extract_FastMcpDecorators_ReadsNameDocstringAndSignature()
    {
        // Given decorated functions with and without parentheses, a Context parameter, *args and a method
        // When the file is extracted
        var tools = Extract("fastmcp_basic.py");

        // Then each function is a tool whose description is the docstring before its first section
        Assert.Equal(ExpectedBasicTools, tools);
    }

    [Fact]
    public void Extract_WindowsLineEndings_GivesTheSameTools()
    {
        // Given the basic fixture with CRLF line endings
        var text = File.ReadAllText(Path.Combine(FixtureRoot, "fastmcp_basic.py")).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

        // When it is extracted
        var tools = ExtractText("fastmcp_basic.py", text);

        // Then the tools, descriptions and lines are unchanged
        Assert.Equal(ExpectedBasicTools, tools);
    }

    [Fact]
    public void Extract_DecoratorArguments_OverrideNameDescriptionAndAnnotations()
    {
        // Given decorators with name=, a positional name, description=, title= and annotations as a constant, a dict and a call
        // When the file is extracted
        var tools = Extract("decorator_args.py");

        // Then the decorator's values win over the function's
        Assert.Equal(
            [
                Tool("read_file", "Read a file from disk.", 8, """{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}""",
                    new ToolAnnotations(ReadOnlyHint: true, OpenWorldHint: false)),
                Tool("delete_file", "Delete a file.", 14, """{"type":"object","properties":{"path":{"type":"string"},"force":{"type":"boolean","default":false}},"required":["path"]}""",
                    new ToolAnnotations(DestructiveHint: true, IdempotentHint: false), title: "Delete"),
                Tool("move_file", "Move a file.", 19, """{"type":"object","properties":{"source":{"type":"string"},"target":{"type":"string"}},"required":["source","target"]}""",
                    new ToolAnnotations(ReadOnlyHint: false, DestructiveHint: true), title: "Move file"),
            ],
            tools);
    }

    [Fact]
    public void Extract_TypeHints_MapToJsonSchema()
    {
        // Given a signature using each supported hint, Field descriptions and defaults, and *rest/**options
        // When the file is extracted
        var tool = Assert.Single(Extract("type_hints.py"));

        // Then each parameter has its schema and only those without default or Optional are required
        Assert.Equal(
            Tool("everything", "Exercises the type hint mapping.", 10,
                """{"type":"object","properties":{"text":{"type":"string"},"count":{"type":"integer"},"ratio":{"type":"number"},"flag":{"type":"boolean"},"names":{"type":"array","items":{"type":"string"}},"numbers":{"type":"array","items":{"type":"integer"}},"data":{"type":"object"},"scores":{"type":"object","additionalProperties":{"type":"number"}},"maybe":{"type":"string"},"other":{"type":"string"},"mode":{"type":"string","enum":["fast","slow"]},"level":{"type":"integer","enum":[1,2,3]},"note":{"type":"string","description":"A note"},"limit":{"type":"integer","default":10,"description":"Max results"},"query":{"type":"string","description":"Search query"},"anything":{"default":null},"either":{"anyOf":[{"type":"integer"},{"type":"string"}],"default":1},"model":{"default":null}},"required":["text","count","ratio","flag","names","numbers","data","scores","mode","level","note","query"]}"""),
            tool);
    }

    [Fact]
    public void Extract_DocstringStyles_KeepsTheWholeCleanedDocstring()
    {
        // Given numpy-style, Examples:, tab-indented, f-string, raw and one-line docstrings
        // When the file is extracted
        var tools = Extract("docstrings.py");

        // Then each description is the whole docstring cleaned as inspect.cleandoc does (FastMCP sends it whole); an f-string is no docstring
        Assert.Equal(
            [
                Tool("numpy_style", "Compute a thing.\n\nSecond paragraph\ncontinues here.\n\nParameters\n----------\nx : int\n    The input.", 6, """{"type":"object","properties":{"x":{"type":"integer"}},"required":["x"]}"""),
                Tool("with_examples", "Show examples.\nExamples:\n    >>> with_examples()", 21),
                Tool("tabs", "Tabbed docstring.\nSecond line.", 29),
                Tool("formatted", "", 36),
                Tool("raw_doc", "Matches \\d+ digits.", 41),
                Tool("one_liner", "Short and sweet.", 46),
            ],
            tools);
    }

    [Fact]
    public void Extract_LowLevelTypesTool_ConvertsDictLiterals()
    {
        // Given types.Tool and bare Tool objects with dict schemas holding True/False/None and a constant description
        // When the file is extracted
        var tools = Extract("lowlevel.py");

        // Then both are found, their schemas converted to JSON as written
        Assert.Equal(
            [
                Tool("query", "Run a read-only SQL query. Results are limited.", 15,
                    """{"type":"object","properties":{"sql":{"type":"string","description":"SQL to run"},"explain":{"type":"boolean","default":false},"timeout":{"type":["number","null"],"default":null}},"required":["sql"],"additionalProperties":false}""",
                    new ToolAnnotations(ReadOnlyHint: true), method: ExtractionMethods.PyLowLevel),
                Tool("ping", "Ping the server.", 30, method: ExtractionMethods.PyLowLevel),
            ],
            tools);
    }

    [Fact]
    public void Extract_ToolsInCommentsAndStrings_AreIgnored()
    {
        // Given decorators and Tool calls in comments, a triple-quoted string and a one-line string
        // When the file is extracted
        var tools = Extract("comments_strings.py");

        // Then only the real decorated function is found
        Assert.Equal([Tool("real", "The only tool. # not a comment", 19)], tools);
    }

    [Fact]
    public void Extract_BrokenSyntax_KeepsCompleteDefinitions()
    {
        // Given a broken function, an unterminated string and an unclosed signature at the end
        // When the file is extracted
        var tools = Extract("broken.py");

        // Then the complete definitions before and after the errors are found
        Assert.Equal(
            [
                Tool("first", "Defined before the errors.", 6, """{"type":"object","properties":{"q":{"type":"string"}},"required":["q"]}"""),
                Tool("second", "Still found after the broken function.", 15),
            ],
            tools);
    }

    [Fact]
    public void Extract_ConstantsAndComputedValues_ResolvesFixedTextOnly()
    {
        // Given a name and description from constants, a computed name, and a partly computed description
        // When the file is extracted
        var tools = Extract("constants.py");

        // Then the constants are resolved, the computed name is skipped and the f-string keeps its fields as written
        Assert.Equal(
            [
                Tool("summarize", "Summarize a document in plain words.", 12, """{"type":"object","properties":{"text":{"type":"string"}},"required":["text"]}"""),
                Tool("partly_computed", "Described {PREFIX}", 22),
            ],
            tools);
    }

    [Fact]
    public void Extract_OtherDecoratorsAndClasses_FindsNothing()
    {
        // Given a bare @tool, resources, prompts, call_tool, a class named Tool and a Tool with a computed name
        // When the file is extracted; Then nothing is found
        Assert.Empty(Extract("not_tools.py"));
    }

    [Fact]
    public void Extract_StackedDecoratorsAndReturnAnnotations_ReadsTheFunction()
    {
        // Given a method under three decorators with a keyword-only parameter, and a return annotation with brackets
        // When the file is extracted
        var tools = Extract("stacked.py");

        // Then both tools are read, located at the tool decorator
        Assert.Equal(
            [
                Tool("fetch", "Fetch a URL. \u00c9lan and \u00fcn\u00efcode kept.", 10,
                    """{"type":"object","properties":{"url":{"type":"string"},"timeout":{"type":"number","default":3.5}},"required":["url"]}"""),
                Tool("typed_return", "Return annotation with brackets.", 18, """{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"]}"""),
            ],
            tools);
    }

    [Fact]
    public void Extract_RandomText_NeverThrows()
    {
        // Given random text built from Python-significant fragments
        var random = new Random(7);
        string[] fragments = ["@mcp.tool(", "def f(", "a: int", "=", "\"\"\"", "'", "\"", ")", ":", "\n", "Tool(name=", "{", "}", "[", "]", ",", "x", " ", "#", "\\", "f'{"];
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 80)).Select(_ => fragments[random.Next(fragments.Length)]));

            // When it is extracted; Then it returns without throwing
            _ = ExtractText("random.py", text);
        }
    }

    [Fact]
    public void Extract_FiveMegabytesOfNestedBrackets_FinishesQuickly()
    {
        // Given a 5 MB file of decorators and signatures whose brackets never close, after one real tool
        var builder = new System.Text.StringBuilder("@mcp.tool()\ndef real():\n    \"\"\"Real.\"\"\"\n");
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append("@mcp.tool(\ndef f(a: Dict[str, {[(");
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        // When it is extracted
        var tools = ExtractText("huge.py", builder.ToString());

        // Then the real tool is found within seconds
        stopwatch.Stop();
        Assert.Equal("real", Assert.Single(tools).Name);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"took {stopwatch.Elapsed}");
    }

    [Theory]
    [InlineData("server.py", true)]
    [InlineData("pkg/Tools.PY", true)]
    [InlineData("server.pyi", false)]
    [InlineData("index.ts", false)]
    public void Accepts_ByExtension_TakesPythonSources(string path, bool expected)
    {
        // Given a path; When asked; Then only .py files are accepted
        Assert.Equal(expected, extractor.Accepts(new SourceFile(path, string.Empty)));
    }

    [Fact]
    public void Extract_FunctionsRegisteredByCalls_ReadsThemLikeDecoratedOnes()
    {
        // Given add_tool(fn), add_tool(Tool.from_function(fn, name=..., description=...)), tool()(fn), tool(name=...)(fn)
        // of a function imported from a sibling module, a call naming an import from outside the repository, and an
        // unregistered function
        // When the server module is extracted with its sibling
        var tools = ExtractFolder("registered", "registered/server.py");

        // Then each registered function is a tool located at its registration; the call's keywords win over the function
        Assert.Equal(
            [
                Tool("open_books", "Open the books for a year.\n\nArgs:\n    year: The fiscal year to open.", 42,
                    """{"type":"object","properties":{"year":{"type":"integer"}},"required":["year"]}"""),
                Tool("show_audit_trail", "Audit trail, newest first.", 43,
                    """{"type":"object","properties":{"account":{"type":"string"},"limit":{"type":"integer","default":50}},"required":["account"]}"""),
                Tool("reconcile", "Reconcile a month against the bank statement.", 45,
                    """{"type":"object","properties":{"month":{"type":"string"}},"required":["month"]}"""),
                Tool("forecast", "Forecast cash flow.", 46, """{"type":"object","properties":{"quarters":{"type":"integer","default":1}}}"""),
                Tool("close_fiscal_year", "Close the books for a year; no entry can be added afterwards.", 47,
                    """{"type":"object","properties":{"year":{"type":"integer"},"force":{"type":"boolean","default":false}},"required":["year"]}"""),
            ],
            tools);
    }

    [Fact]
    public void Extract_ModuleOfPlainFunctions_FindsNothingByItself()
    {
        // Given a module whose function another module registers
        // When it is extracted on its own; Then it defines no tool
        Assert.Empty(ExtractFolder("registered", "registered/ledger.py"));
    }

    [Fact]
    public void Extract_HandlerClassesNamingToolsThroughSelf_ReadsTheNameFromTheClass()
    {
        // Given types.Tool(name=self.name, ...) in classes that pass the name to their base, set it as a class attribute
        // or assign it in __init__, one with an f-string description, and one whose name is only known at run time
        // When the file is extracted
        var tools = Extract("handler_classes.py");

        // Then the first four are found with the names their classes give; f-string fields are kept as written
        Assert.Equal(
            [
                Tool("printer_print", "Print a document on the office printer.", 19,
                    """{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}""", method: ExtractionMethods.PyLowLevel),
                Tool("printer_scan", "Scan the page on the glass into a PDF.", 31, method: ExtractionMethods.PyLowLevel),
                Tool("printer_queue", "Show the print queue (at most {self.max_jobs} jobs)", 48, method: ExtractionMethods.PyLowLevel),
                Tool("printer_toner", "Report the toner level.", 61, """{"type":"object"}""", method: ExtractionMethods.PyLowLevel),
            ],
            tools);
    }

    /// <summary>Extracts one file with every fixture file of <paramref name="folder"/> as its siblings.</summary>
    private List<ToolSummary> ExtractFolder(string folder, string path)
    {
        var files = Directory.EnumerateFiles(Path.Combine(FixtureRoot, folder), "*", SearchOption.AllDirectories)
            .Select(full => new SourceFile(Path.GetRelativePath(FixtureRoot, full).Replace('\\', '/'), File.ReadAllText(full)))
            .ToDictionary(f => f.Path);
        var file = files[path];
        Assert.True(extractor.Accepts(file));
        return extractor.Extract(file, new ExtractionContext("fixtures/python", files)).Select(t => ToolSummary.Of(t, path)).ToList();
    }

    private static ToolSummary[] ExpectedBasicTools =>
    [
        Tool("get_forecast", "Get the weather forecast for a location.\n\nUses the national weather service.\n\nArgs:\n    latitude: Latitude of the location\n    longitude: Longitude of the location", 6,
            """{"type":"object","properties":{"latitude":{"type":"number"},"longitude":{"type":"number"}},"required":["latitude","longitude"]}"""),
        Tool("add", "Add two numbers.", 19, """{"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"integer","default":2}},"required":["a"]}"""),
        Tool("no_docstring", "", 25),
        Tool("search", "Search the catalogue.\n  Indented line kept relative.\nReturns:\n    A list of results.", 31,
            """{"type":"object","properties":{"query":{"type":"string"},"limit":{"type":"integer","default":10}},"required":["query"]}"""),
    ];

    private List<ToolSummary> Extract(string fileName) => ExtractText(fileName, File.ReadAllText(Path.Combine(FixtureRoot, fileName)));

    private List<ToolSummary> ExtractText(string path, string text)
    {
        var file = new SourceFile(path, text);
        Assert.True(extractor.Accepts(file));
        var context = new ExtractionContext("fixtures/python", new Dictionary<string, SourceFile> { [path] = file });
        return extractor.Extract(file, context).Select(t => ToolSummary.Of(t, path)).ToList();
    }

    private static ToolSummary Tool(
        string name,
        string description,
        int line,
        string schema = Empty,
        ToolAnnotations? annotations = null,
        string? title = null,
        string method = ExtractionMethods.PyDecorator) =>
        new(name, title, description, schema, annotations ?? ToolAnnotations.None, method, null, line);
}
