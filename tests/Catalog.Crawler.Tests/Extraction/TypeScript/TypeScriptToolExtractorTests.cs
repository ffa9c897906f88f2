using System.Diagnostics;
using System.Text;
using Catalog.Crawler.Extraction;
using Catalog.Crawler.Extraction.TypeScript;
using Catalog.Domain.Tools;
using Catalog.Testing;

namespace Catalog.Crawler.Tests.Extraction.TypeScript;

public sealed class TypeScriptToolExtractorTests
{
    private const string Empty = ToolDefinition.EmptyInputSchema;

    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "typescript");

    private readonly TypeScriptToolExtractor extractor = new();

    [Fact]
    public void Extract_ServerToolCalls_ReadsEveryOverload()
    {
        // Given calls with and without description, shape and annotations, on several receivers
        // When the file is extracted
        var tools = Extract("server-tool.ts");

        // Then each call is one tool, located at its receiver
        Assert.Equal(
            [
                Tool("get_forecast", "Get the weather forecast for a location.", 6,
                    """{"type":"object","properties":{"latitude":{"type":"number","minimum":-90,"maximum":90,"description":"Latitude of the location"},"longitude":{"type":"number","description":"Longitude of the location"},"days":{"type":"integer"}},"required":["latitude","longitude"]}"""),
                Tool("ping", "", 19),
                Tool("echo", "", 21, """{"type":"object","properties":{"message":{"type":"string"}},"required":["message"]}"""),
                Tool("delete_file", "Deletes a file from disk.", 23, """{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}""",
                    new ToolAnnotations(ReadOnlyHint: false, DestructiveHint: true, IdempotentHint: true), title: "Delete file"),
                Tool("alerts", "Active alerts for a US state.", 35, """{"type":"object","properties":{"state":{"type":"string","minLength":2,"maxLength":2}},"required":["state"]}"""),
                Tool("list_stations", "Lists stations.", 40),
            ],
            tools);
    }

    [Fact]
    public void Extract_ShapeOfNamedSchemas_ReadsReferencesAndShorthand()
    {
        // Given shapes whose members are zod constants declared above ({ key: name } and shorthand { name })
        // When the file is extracted
        var tools = Extract("shape-constants.ts");

        // Then the shape is read as the input schema, not mistaken for annotations
        Assert.Equal(
            [
                Tool("get_ticket", "Get one ticket.", 8,
                    """{"type":"object","properties":{"ticket_id":{"type":"string","description":"Ticket id such as T-42"}},"required":["ticket_id"]}""",
                    new ToolAnnotations(ReadOnlyHint: true)),
                Tool("set_priority", "Set a ticket's priority.", 16,
                    """{"type":"object","properties":{"ticket_id":{"type":"string","description":"Ticket id such as T-42"},"priority":{"type":"string","enum":["low","high"]}},"required":["ticket_id"]}"""),
            ],
            tools);
    }

    [Fact]
    public void Extract_RegisterTool_ReadsConfigLiteralAndConstant()
    {
        // Given registerTool calls with an inline config, a const config and a minimal one
        // When the file is extracted
        var tools = Extract("register-tool.ts");

        // Then title, description, schema and annotations come from the config
        Assert.Equal(
            [
                Tool("read_file", "Read the complete contents of a file.", 6,
                    """{"type":"object","properties":{"path":{"type":"string","description":"Path to the file"},"encoding":{"type":"string","enum":["utf8","base64"],"default":"utf8"},"tags":{"type":"array","items":{"type":"string"}}},"required":["path"]}""",
                    new ToolAnnotations(ReadOnlyHint: true, OpenWorldHint: false), title: "Read file", method: ExtractionMethods.TsRegisterTool),
                Tool("move_file", "Move a file.", 27, """{"type":"object","properties":{"from":{"type":"string"},"to":{"type":"string"}},"required":["from","to"]}""",
                    new ToolAnnotations(DestructiveHint: true), title: "Move", method: ExtractionMethods.TsRegisterTool),
                Tool("status", "Server status.", 29, method: ExtractionMethods.TsRegisterTool),
            ],
            tools);
    }

    [Fact]
    public void Extract_ListToolsInline_ReadsObjectsAndJsonSchema()
    {
        // Given a ListTools handler returning literal tool objects, and a CallTool handler that also says "tools"
        // When the file is extracted
        var tools = Extract("list-tools-inline.ts");

        // Then only the listed tools come out, located at their objects, with their schemas as written
        Assert.Equal(
            [
                Tool("query", "Run a read-only SQL query.", 9,
                    """{"type":"object","properties":{"sql":{"type":"string","description":"The SQL to run"},"limit":{"type":"number","default":100,"minimum":-1}},"required":["sql"]}""",
                    new ToolAnnotations(ReadOnlyHint: true), method: ExtractionMethods.TsListTools),
                Tool("list_tables", "List the tables.", 22, method: ExtractionMethods.TsListTools),
            ],
            tools);
    }

    [Fact]
    public void Extract_ListToolsFromImportsAndSpreads_FollowsSiblingFiles()
    {
        // Given a handler listing an imported tool, a spread imported array (aliased), a local object and an imported "as const" array
        // When the index is extracted
        var tools = Extract("imported/index.ts");

        // Then every tool is found and located in the file that defines it
        Assert.Equal(
            [
                Tool("reset", "Reset everything.", 2, annotations: new ToolAnnotations(DestructiveHint: true), method: ExtractionMethods.TsListTools, path: "imported/admin.ts"),
                Tool("local", "Defined in the index.", 6, method: ExtractionMethods.TsListTools),
                Tool("search", "Search the index. Returns at most ten results.", 6,
                    """{"type":"object","properties":{"query":{"type":"string"}},"required":["query"]}""", method: ExtractionMethods.TsListTools, path: "imported/tools.ts"),
                Tool("fetch", "Fetch a URL.", 17, """{"type":"object","properties":{"url":{"type":"string","format":"uri"}}}""", method: ExtractionMethods.TsListTools, path: "imported/tools.ts"),
            ],
            tools);
    }

    [Theory]
    [InlineData("imported/tools.ts")]
    [InlineData("imported/admin.ts")]
    [InlineData("imported/schemas.ts")]
    public void Extract_ModuleOfToolObjectsOnly_FindsNothingByItself(string path)
    {
        // Given a module that only declares tool objects (the importing handler lists them)
        // When it is extracted on its own; Then nothing is reported twice
        Assert.Empty(Extract(path));
    }

    [Fact]
    public void Extract_DescriptionsFromConstantsAndConcatenations_JoinsText()
    {
        // Given names and descriptions in constants, concatenations over lines, templates and computed names
        // When the file is extracted
        var tools = Extract("constants.ts");

        // Then the fixed texts are resolved, computed names are skipped, and a computed part of a description is kept as ${source}
        Assert.Equal(
            [
                Tool("summarize", "Summarize a document. Use this for long texts.\nKeeps headings.", 12,
                    """{"type":"object","properties":{"text":{"type":"string","description":"Summarize a document."}},"required":["text"]}"""),
                Tool("translate", "Translate text between languages. Supports \"quotes\" and 'apostrophes'.", 14,
                    """{"type":"object","properties":{"text":{"type":"string"},"target":{"type":"string","default":"en"}},"required":["text"]}"""),
                Tool("count_words", "Count the words \u2014 fast.", 23),
                Tool("concat_call", "Described by ${describe()}", 28),
            ],
            tools);
    }

    [Fact]
    public void Extract_ToolsInCommentsStringsAndRegexes_AreIgnored()
    {
        // Given registrations written in comments, a doc comment, strings, a template and a regex
        // When the file is extracted
        var tools = Extract("comments.ts");

        // Then only the real call is found, its description keeping the comment-like text
        Assert.Equal([Tool("real", "The only real tool. // not a comment /* either */", 18)], tools);
    }

    [Fact]
    public void Extract_BrokenSyntax_KeepsCompleteCallsAndDoesNotThrow()
    {
        // Given a file with a broken function, an unterminated string and an unclosed call at the end
        // When the file is extracted
        var tools = Extract("broken.ts");

        // Then the complete calls before and after the errors are found
        Assert.Equal(
            [
                Tool("first", "Defined before the errors.", 6, """{"type":"object","properties":{"q":{"type":"string"}},"required":["q"]}"""),
                Tool("second", "Still readable after the broken function.", 12),
                Tool("third", "After the unterminated string.", 16),
            ],
            tools);
    }

    [Fact]
    public void Extract_ZodTypes_MapsToJsonSchema()
    {
        // Given a shape using each supported zod builder and refinement
        // When the file is extracted
        var tool = Assert.Single(Extract("zod-types.ts"));

        // Then each property has its JSON Schema and only the optional ones are not required
        Assert.Equal(
            """{"type":"object","properties":{"text":{"type":"string","minLength":1,"maxLength":200,"description":"Some text"},"count":{"type":"integer","exclusiveMinimum":0},"flag":{"type":"boolean","default":false},"mode":{"type":"string","enum":["fast","slow"]},"color":{"type":"string"},"items":{"type":"array","items":{"type":"number"}},"address":{"type":"object","properties":{"street":{"type":"string"},"zip":{"type":"string"}},"required":["street"]},"kind":{"type":"string","const":"fixed"},"anything":{},"either":{"anyOf":[{"type":"string"},{"type":"number"}]},"labels":{"type":"object","additionalProperties":{"type":"string"}},"nested":{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"number"}},"required":["a"]},"email":{"type":"string","format":"email"}},"required":["text","count","mode","color","items","address","kind","anything","either","nested","email"]}""",
            tool.Schema);
        Assert.Equal(("everything", 13), (tool.Name, tool.Line));
    }

    [Fact]
    public void Extract_CallsThatAreNotToolRegistrations_FindsNothing()
    {
        // Given .tool calls without handlers, bare calls, computed names and computed tool lists
        // When the file is extracted; Then nothing is found
        Assert.Empty(Extract("not-tools.ts"));
    }

    [Fact]
    public void Extract_ToolsRegisteredInLoops_ReadsEachLiteralObject()
    {
        // Given for...of and forEach loops over arrays of literal tool objects
        // When the file is extracted
        var tools = Extract("loop-tools.js");

        // Then one tool per object, located at the object
        Assert.Equal([Tool("start", "Start the machine.", 4), Tool("stop", "Stop the machine.", 5), Tool("restart", "Restart it.", 14)], tools);
    }

    [Fact]
    public void Extract_JavaScriptModuleWithRegexAndHashbang_FindsTools()
    {
        // Given an .mjs file with a hashbang, a regex holding quotes, divisions and a call chained over two lines
        // When the file is extracted
        var tools = Extract("plain.mjs");

        // Then both tools are found, the chained one at its receiver's line
        Assert.Equal(
            [
                Tool("strip_quotes", "Removes \"quotes\" from text.", 9, """{"type":"object","properties":{"text":{"type":"string"}},"required":["text"]}"""),
                Tool("chained", "Registered on a new line.", 13),
            ],
            tools);
    }

    [Fact]
    public void Extract_ObjectValuesAndZodToJsonSchema_ReadsBoth()
    {
        // Given a handler answering Object.values of a const object, one schema built by zodToJsonSchema
        // When the file is extracted
        var tools = Extract("object-values.ts");

        // Then both tools are found with their schemas
        Assert.Equal(
            [
                Tool("create_issue", "Create a new issue.", 12,
                    """{"type":"object","properties":{"title":{"type":"string","description":"Issue title"},"body":{"type":"string"}},"required":["title"]}""",
                    method: ExtractionMethods.TsListTools),
                Tool("list_issues", "List issues.", 17, """{"type":"object","properties":{"state":{"type":"string","enum":["open","closed"]}}}""", method: ExtractionMethods.TsListTools),
            ],
            tools);
    }

    [Fact]
    public void Extract_EnumAndObjectMemberNames_ResolvesQualifiedNames()
    {
        // Given tool names from an enum and a const object, a description from an object member, and a schema from a namespace import
        // When the file is extracted
        var tools = Extract("enum-names.ts");

        // Then the qualified names are resolved
        Assert.Equal(
            [
                Tool("echo", "Echoes back the input", 22,
                    """{"type":"object","properties":{"message":{"type":"string","description":"Message to echo"}},"required":["message"]}""", method: ExtractionMethods.TsListTools),
                Tool("add", "Adds two numbers", 27,
                    """{"type":"object","properties":{"a":{"type":"number","description":"First number"},"b":{"type":"number","description":"Second number"}},"required":["a","b"]}""",
                    method: ExtractionMethods.TsListTools),
                Tool("sum", "Sums a list.", 32, """{"type":"object","properties":{"values":{"type":"array"}}}""", method: ExtractionMethods.TsListTools),
            ],
            tools);
    }

    [Fact]
    public void Extract_TsxWithApostrophesInMarkup_FindsTool()
    {
        // Given a TSX component whose text holds apostrophes, before a registration
        // When the file is extracted; Then the tool after it is still found
        Assert.Equal([Tool("render", "Render the help page.", 9)], Extract("component.tsx"));
    }

    [Theory]
    [InlineData("src/index.ts", true)]
    [InlineData("src/App.TSX", true)]
    [InlineData("server.mjs", true)]
    [InlineData("server.cjs", true)]
    [InlineData("lib/index.js", true)]
    [InlineData("src/types.d.ts", false)]
    [InlineData("server.py", false)]
    [InlineData("README.md", false)]
    public void Accepts_ByExtension_SkipsDeclarationFiles(string path, bool expected)
    {
        // Given a file path; When asked; Then only TypeScript/JavaScript sources other than declarations are accepted
        Assert.Equal(expected, extractor.Accepts(new SourceFile(path, string.Empty)));
    }

    [Fact]
    public void Extract_FiveMegabytesOfNestedBrackets_FinishesQuickly()
    {
        // Given a 5 MB file of nested calls, objects and arrays that never close, after one real tool
        var builder = new StringBuilder("server.tool(\"real\", \"Real.\", async () => ({ content: [] }));\n");
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append("server.tool(\"x\", {a: [z.object({");
        }

        var file = new SourceFile("huge.ts", builder.ToString());
        var stopwatch = Stopwatch.StartNew();

        // When it is extracted
        var tools = extractor.Extract(file, new ExtractionContext("r", new Dictionary<string, SourceFile> { [file.Path] = file })).ToList();

        // Then the real tool is found within seconds
        stopwatch.Stop();
        Assert.Equal("real", Assert.Single(tools).Name);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Extract_RandomFragments_NeverThrows()
    {
        // Given random text built from fragments that drive the readers
        var random = new Random(11);
        string[] fragments =
        [
            "server.tool(", "registerTool(", "setRequestHandler(ListToolsRequestSchema,", "{ tools: [", "...", "z.object({", "z.string()", ".describe(",
            "\"a\"", "'b'", "`c${", "}", "`", "(", ")", "[", "]", "{", ",", ":", "=>", "async", "const X = ", "X", "+", "/", "//", "/*", "\n", " as const",
            "name:", "inputSchema:", "for (const t of X) ", "t.name", "import { X } from './x.js';",
        ];
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => fragments[random.Next(fragments.Length)]));
            var file = new SourceFile("random.ts", text);
            var sibling = new SourceFile("x.ts", text);

            // When it is extracted; Then it returns without throwing
            _ = extractor.Extract(file, new ExtractionContext("r", new Dictionary<string, SourceFile> { [file.Path] = file, [sibling.Path] = sibling })).ToList();
        }
    }

    [Fact]
    public void Extract_MutuallyReferringConstants_Terminates()
    {
        // Given declarations that refer to each other in a cycle and fan out
        const string source = """
            const A = [B, B, B]; const B = [C, C, C]; const C = [A, A, A];
            const S = { ...S, x: S };
            server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [...A, S] }));
            server.tool("t", S, async () => ({}));
            """;
        var file = new SourceFile("cycle.ts", source);

        // When it is extracted
        var tools = extractor.Extract(file, new ExtractionContext("r", new Dictionary<string, SourceFile> { [file.Path] = file })).ToList();

        // Then it ends, with only the named tool
        Assert.Equal("t", Assert.Single(tools).Name);
    }

    [Fact]
    public void Extract_ObjectValuesOfNamespaceImport_ReadsExportedToolsThroughParseCalls()
    {
        // Given a handler listing Object.values of "import * as gallery", whose module exports tools wrapped in
        // ToolSchema.parse(...) and as plain objects, next to an unexported tool and an exported version string
        // When the server file is extracted
        var tools = Extract("namespace-values/server.ts");

        // Then each exported tool is found where it is declared, and nothing else
        Assert.Equal(
            [
                Tool("count_frames", "Count the empty frames in storage.", 14, annotations: new ToolAnnotations(ReadOnlyHint: true),
                    method: ExtractionMethods.TsListTools, path: "namespace-values/gallery.ts"),
                Tool("hang_picture", "Hang a picture on the wall named.", 3,
                    """{"type":"object","properties":{"wall":{"type":"string"}},"required":["wall"]}""",
                    method: ExtractionMethods.TsListTools, path: "namespace-values/gallery.ts"),
            ],
            tools.OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_HandlerDelegatingToImportedFunction_ReadsTheFunctionsAnswer()
    {
        // Given a ListTools handler that only calls a function imported from a sibling, whose return type mentions "tools"
        // When the server file is extracted
        var tools = Extract("delegated/server.ts");

        // Then the tools the function answers are found in its file
        Assert.Equal(
            [
                Tool("boil_water", "Boil water in the kettle", 12, """{"type":"object","properties":{"litres":{"type":"number"}}}""",
                    method: ExtractionMethods.TsListTools, path: "delegated/answers.ts"),
                Tool("list_pantry", "List what is left in the pantry", 17, method: ExtractionMethods.TsListTools, path: "delegated/answers.ts"),
            ],
            tools);
    }

    [Fact]
    public void Extract_HandlerNamingAFunctionDeclaration_ReadsItsAnswer()
    {
        // Given setRequestHandler(ListToolsRequestSchema, listGardenTools) with the function declared below the call
        // When the file is extracted
        var tools = Extract("delegated/named.ts");

        // Then the declared function's tools are found
        Assert.Equal([Tool("water_plants", "Water every plant once", 10, method: ExtractionMethods.TsListTools)], tools);
    }

    [Theory]
    [InlineData("delegated/answers.ts")]
    [InlineData("namespace-values/gallery.ts")]
    public void Extract_ModuleReachedOnlyThroughAHandler_FindsNothingByItself(string path)
    {
        // Given a module whose tools only a handler elsewhere lists
        // When it is extracted on its own; Then nothing is reported twice
        Assert.Empty(Extract(path));
    }

    [Fact]
    public void Extract_DescriptionsBuiltAtRunTime_KeepTheDynamicPartsAsWritten()
    {
        // Given descriptions concatenated with a call, a template with a substitution, and one that is only a variable
        // When the file is extracted
        var tools = Extract("runtime-descriptions.ts");

        // Then fixed text is kept and each run-time part reads ${...} as in the source; a bare variable gives no text
        Assert.Equal(
            [
                Tool("where_am_i", "Report the state of host ${os.hostname()} right now", 8),
                Tool("uptime", "Uptime of this ${process.platform} machine, in seconds", 10,
                    """{"type":"object","properties":{"precise":{"type":"boolean"}}}""", method: ExtractionMethods.TsRegisterTool),
                Tool("mystery", "", 20, method: ExtractionMethods.TsRegisterTool),
            ],
            tools);
    }

    private List<ToolSummary> Extract(string relativePath)
    {
        var files = Directory.EnumerateFiles(FixtureRoot, "*", SearchOption.AllDirectories)
            .Select(full => new SourceFile(Path.GetRelativePath(FixtureRoot, full).Replace('\\', '/'), File.ReadAllText(full)))
            .ToDictionary(f => f.Path);
        var context = new ExtractionContext("fixtures/typescript", files);
        var file = files[relativePath];
        Assert.True(extractor.Accepts(file));
        return extractor.Extract(file, context).Select(t => ToolSummary.Of(t, relativePath)).ToList();
    }

    private static ToolSummary Tool(
        string name,
        string description,
        int line,
        string schema = Empty,
        ToolAnnotations? annotations = null,
        string? title = null,
        string method = ExtractionMethods.TsServerTool,
        string? path = null) =>
        new(name, title, description, schema, annotations ?? ToolAnnotations.None, method, path, line);
}
