using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Tests.Extraction.Scanning;

public sealed class PythonScannerTests
{
    [Theory]
    [InlineData("'a\\'b'", "a'b", StringKind.Single)]
    [InlineData("\"\\x41\\u00e9\\N{BULLET}\"", "A\u00e9\\N{BULLET}", StringKind.Double)]
    [InlineData("r'\\d+\\''", "\\d+\\'", StringKind.Single)]
    [InlineData("\"\"\"one\n  two\"\"\"", "one\n  two", StringKind.TripleQuoted)]
    [InlineData("b'bytes'", "bytes", StringKind.Single)]
    [InlineData("f'{{literal}}'", "{literal}", StringKind.Single)]
    [InlineData("f\"hi {name!r:>{width}} {d['k']}\"", "hi {name!r:>{width}} {d['k']}", StringKind.TemplateWithSubstitutions)]
    [InlineData("'unknown \\q'", "unknown \\q", StringKind.Single)]
    public void Scan_Strings_DecodesValueAndKind(string source, string value, StringKind kind)
    {
        // Given one string literal; When it is scanned
        var token = Assert.Single(PythonScanner.Scan(source));

        // Then its decoded value and kind are reported
        Assert.Equal(value, token.Value);
        Assert.Equal(kind, token.StringKind);
    }

    [Fact]
    public void Scan_DecoratedFunction_KeepsLinesAndSkipsComments()
    {
        // Given a decorated function with comments and a continuation
        const string source = "# @mcp.tool()\n@mcp.tool()  # real\nasync def f(a: int = 1 \\\n   , b='#'):\n    \"\"\"Doc\n    more\"\"\"\n";

        // When it is scanned
        var tokens = PythonScanner.Scan(source);

        // Then the commented decorator is gone and lines are kept
        Assert.Equal("@", tokens[0].Value);
        Assert.Equal(2, tokens[0].Line);
        Assert.True(tokens[0].FirstOnLine);
        Assert.Contains(tokens, t => t.IsPunctuation(",") && t.Line == 4 && t.FirstOnLine);
        var doc = tokens.Last();
        Assert.Equal("Doc\n    more", doc.Value);
        Assert.Equal(5, doc.Line);
        Assert.Equal("#", tokens.Single(t => t.Kind == TokenKind.String && t.Line == 4).Value);
    }

    [Fact]
    public void Scan_UnterminatedStrings_RecoverAtLineOrFileEnd()
    {
        // Given an unterminated one-line string, then code, then an unterminated docstring
        const string source = "a = 'open\nb = 1\nc = \"\"\"never closed\nd = 2";

        // When it is scanned
        var tokens = PythonScanner.Scan(source);

        // Then the second line is code and the docstring runs to the end
        Assert.Contains(tokens, t => t.IsIdentifier("b") && t.Line == 2);
        Assert.Equal("never closed\nd = 2", tokens.Last().Value);
    }

    [Fact]
    public void Scan_RandomText_NeverThrows()
    {
        // Given random inputs biased toward quotes, prefixes and brackets
        var random = new Random(99);
        const string alphabet = "\"'rbfuRBF{}()[]#\\\n\r\t a1.:=@";
        for (var round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = round % 3 == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);

            // When it is scanned; Then tokens stay inside the text
            foreach (var token in PythonScanner.Scan(text))
            {
                Assert.InRange(token.End, token.Start, text.Length);
            }
        }
    }
}
