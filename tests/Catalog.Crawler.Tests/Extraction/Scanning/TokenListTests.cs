using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Tests.Extraction.Scanning;

public sealed class TokenListTests
{
    [Fact]
    public void MatchingClose_NestedBrackets_FindsPartner()
    {
        // Given nested brackets of the three kinds
        var tokens = CodeScanner.Scan("f(a[1], {b: (c)})", ScannerLanguage.TypeScript);

        // When the outer parenthesis is matched
        var close = tokens.MatchingClose(1);

        // Then it is the last token, and the partner points back
        Assert.Equal(tokens.Count - 1, close);
        Assert.Equal(1, tokens.MatchingOpen(close));
    }

    [Fact]
    public void MatchingClose_BrokenOuterNesting_StillMatchesInnerPairs()
    {
        // Given an inner call that is complete inside an outer block that is never closed, and a stray closer
        var tokens = CodeScanner.Scan("main() { ] tool(\"a\", x) ", ScannerLanguage.TypeScript);

        // When the pairs are matched
        var toolParen = tokens.FindCall("tool") + 1;

        // Then the inner pair is found and the open block has no partner
        Assert.Equal(tokens.Count - 1, tokens.MatchingClose(toolParen));
        Assert.Equal(-1, tokens.MatchingClose(3));
    }

    [Fact]
    public void TrySplitArguments_NestedAndGenericCommas_SplitsTopLevelOnly()
    {
        // Given a call whose arguments hold commas in brackets and in type arguments, and a trailing comma
        var tokens = CodeScanner.Scan("call(a, f(b, c), new Map<string, number>(), { x: [1, 2] },)", ScannerLanguage.TypeScript);

        // When it is split
        var ok = tokens.TrySplitArguments(1, out var arguments);

        // Then there are four arguments
        Assert.True(ok);
        Assert.Equal(["a", "f(b, c)", "new Map<string, number>()", "{ x: [1, 2] }"], arguments.Select(tokens.SourceText));
    }

    [Fact]
    public void TrySplitArguments_Unclosed_ReturnsFalse()
    {
        // Given a call that is never closed
        var tokens = CodeScanner.Scan("call(a, b", ScannerLanguage.TypeScript);

        // When it is split; Then it is refused
        Assert.False(tokens.TrySplitArguments(1, out var arguments));
        Assert.Empty(arguments);
    }

    [Fact]
    public void MatchingAngle_Comparison_ReturnsMinusOne()
    {
        // Given a comparison and a generic type
        var comparison = CodeScanner.Scan("if (a < b && c > d) {}", ScannerLanguage.Java);
        var generic = CodeScanner.Scan("List<Map<K, V>> x;", ScannerLanguage.Java);

        // When the angles are matched; Then only the generic one has a partner
        Assert.Equal(-1, comparison.MatchingAngle(3));
        Assert.Equal(8, generic.MatchingAngle(1));
        Assert.Equal(7, generic.MatchingAngle(3));
    }

    [Fact]
    public void TryReadString_ConcatenationOfLiteralsAndConstants_JoinsThem()
    {
        // Given a concatenation of literals, a template and a known constant, in parentheses
        var tokens = CodeScanner.Scan("(\"a\" + 'b') + `c` + PREFIX", ScannerLanguage.TypeScript);
        var constants = new Dictionary<string, string> { ["PREFIX"] = "d" };

        // When the whole range is read
        var ok = tokens.TryReadString(new TokenRange(0, tokens.Count), constants, out var value);

        // Then the value is the joined text
        Assert.True(ok);
        Assert.Equal("abcd", value);
    }

    [Theory]
    [InlineData("\"a\" + name")]
    [InlineData("\"a\" + f()")]
    [InlineData("`a${b}`")]
    [InlineData("PREFIX.length")]
    [InlineData("")]
    public void TryReadString_NotFixedText_ReturnsFalse(string source)
    {
        // Given an expression whose value is not fixed text
        var tokens = CodeScanner.Scan(source, ScannerLanguage.TypeScript);
        var constants = new Dictionary<string, string> { ["PREFIX"] = "d" };

        // When it is read; Then it is refused
        Assert.False(tokens.TryReadString(new TokenRange(0, tokens.Count), constants, out _));
    }

    [Fact]
    public void Indexer_OutOfRange_ReturnsEndOfFile()
    {
        // Given a short list
        var tokens = CodeScanner.Scan("a", ScannerLanguage.C);

        // When reading past either end; Then the end-of-file token comes back
        Assert.True(tokens[5].IsEndOfFile);
        Assert.True(tokens[-1].IsEndOfFile);
    }

    [Fact]
    public void FindCalls_NameFollowedByParenthesis_ListsOnlyCalls()
    {
        // Given a name used as a call twice and once as a value
        var tokens = CodeScanner.Scan("tool(1); x = tool; y.tool(2)", ScannerLanguage.TypeScript);

        // When calls are listed; Then the value use is left out
        Assert.Equal([0, 11], tokens.FindCalls("tool"));
    }
}
