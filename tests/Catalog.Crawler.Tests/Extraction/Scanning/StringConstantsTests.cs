using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Tests.Extraction.Scanning;

public sealed class StringConstantsTests
{
    [Fact]
    public void Collect_TypeScriptDeclarations_BindsFixedStrings()
    {
        // Given const declarations, one built from another, one not fixed, and a member assignment
        const string source = """
            export const PREFIX = "Search ";
            const DESC: string = PREFIX + `the web`;
            let dynamic = PREFIX + user;
            this.name = "nope";
            const TAG = "t" as const
            """;

        // When constants are collected
        var constants = StringConstants.Collect(CodeScanner.Scan(source, ScannerLanguage.TypeScript));

        // Then only the fixed ones are bound
        Assert.Equal(new Dictionary<string, string> { ["PREFIX"] = "Search ", ["DESC"] = "Search the web", ["TAG"] = "t" }, constants);
    }

    [Fact]
    public void Collect_GoJavaRust_BindsTypedDeclarations()
    {
        // Given constant declarations in Go, Java and Rust
        var go = StringConstants.Collect(CodeScanner.Scan("const (\n\tA = \"a\"\n\tB string = A + `b`\n)\nfunc f(x = \"no\") {}", ScannerLanguage.Go));
        var java = StringConstants.Collect(CodeScanner.Scan("private static final String NAME = \"n\" + SUFFIX;\nstatic final String SUFFIX = \"s\";", ScannerLanguage.Java));
        var rust = StringConstants.Collect(CodeScanner.Scan("const DESC: &'static str = \"d\";\npub const N: &str = r\"raw\";", ScannerLanguage.Rust));

        // Then each binds its names
        Assert.Equal(new Dictionary<string, string> { ["A"] = "a", ["B"] = "ab" }, go);
        Assert.Equal(new Dictionary<string, string> { ["NAME"] = "ns", ["SUFFIX"] = "s" }, java);
        Assert.Equal(new Dictionary<string, string> { ["DESC"] = "d", ["N"] = "raw" }, rust);
    }

    [Fact]
    public void Collect_PythonKeywordArguments_AreNotConstants()
    {
        // Given a module constant with implicit concatenation and keyword arguments in a call
        const string source = "DESC = (\"one \"\n        \"two\")\nTool(\n    name=\"x\",\n    description=DESC)\n";

        // When constants are collected with adjacency
        var constants = StringConstants.Collect(PythonScanner.Scan(source), adjacentConcatenation: true);

        // Then only the module constant is bound
        Assert.Equal(new Dictionary<string, string> { ["DESC"] = "one two" }, constants);
    }
}
