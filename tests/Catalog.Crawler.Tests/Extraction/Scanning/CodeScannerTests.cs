using System.Diagnostics;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Tests.Extraction.Scanning;

public sealed class CodeScannerTests
{
    [Fact]
    public void Scan_CommentsAroundCode_SkipsCommentsAndCountsLines()
    {
        // Given code with line and block comments that contain quotes and brackets
        const string source = "// server.tool(\"x\")\n/* it's { not */ a(\"b\");\nc";

        // When it is scanned
        var tokens = CodeScanner.Scan(source, ScannerLanguage.TypeScript);

        // Then only the code tokens remain, with their lines
        Assert.Equal(["a", "(", "b", ")", ";", "c"], tokens.Select(t => t.Value));
        Assert.Equal([2, 2, 2, 2, 2, 3], tokens.Select(t => t.Line));
        Assert.True(tokens[0].FirstOnLine);
        Assert.False(tokens[1].FirstOnLine);
        Assert.True(tokens[5].FirstOnLine);
    }

    [Theory]
    [InlineData("'it\\'s'", "it's", StringKind.Single)]
    [InlineData("\"a\\n\\tb\"", "a\n\tb", StringKind.Double)]
    [InlineData("\"\\u0041\\x42\\u{1F600}\"", "AB\U0001F600", StringKind.Double)]
    [InlineData("`multi\nline`", "multi\nline", StringKind.Template)]
    [InlineData("`a ${b + `c${d}`} e`", "a ${b + `c${d}`} e", StringKind.TemplateWithSubstitutions)]
    [InlineData("\"line \\\ncontinued\"", "line continued", StringKind.Double)]
    public void Scan_TypeScriptStrings_DecodesValueAndKind(string source, string value, StringKind kind)
    {
        // Given one string literal; When it is scanned
        var token = Assert.Single(CodeScanner.Scan(source, ScannerLanguage.TypeScript));

        // Then its decoded value and kind are reported
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(kind, token.StringKind);
    }

    [Fact]
    public void Scan_TemplateWithBracesInSubstitution_ResumesAfterTemplate()
    {
        // Given a template whose substitution holds braces, strings and a nested template
        const string source = "x = `a ${f({ k: \"}\" })} ${`in ${ {a:1}.a }`}`;\ny(1)";

        // When it is scanned
        var tokens = CodeScanner.Scan(source, ScannerLanguage.TypeScript);

        // Then the template is one token and scanning resumes on the next line
        Assert.Equal(["x", "=", "STRING", ";", "y", "(", "1", ")"], tokens.Select(t => t.Kind == TokenKind.String ? "STRING" : t.Value));
        Assert.Equal(2, tokens[4].Line);
    }

    [Fact]
    public void Scan_RegexLiteralWithQuotes_IsOneToken()
    {
        // Given a regex holding a quote, after a division
        const string source = "const r = /[\"']/g; const d = a / b / c; x(\"s\")";

        // When it is scanned
        var tokens = CodeScanner.Scan(source, ScannerLanguage.TypeScript);

        // Then the regex is one token and the divisions stay punctuation
        Assert.Equal(TokenKind.Regex, tokens[3].Kind);
        Assert.Equal("[\"']", tokens[3].Value);
        Assert.Equal("s", tokens.Last(t => t.Kind == TokenKind.String).Value);
        Assert.Equal(2, tokens.Count(t => t.IsPunctuation("/")));
    }

    [Fact]
    public void Scan_UnterminatedStringOnALine_EndsAtLineEnd()
    {
        // Given a string missing its closing quote
        const string source = "a(\"open\nb(\"closed\")";

        // When it is scanned
        var tokens = CodeScanner.Scan(source, ScannerLanguage.TypeScript);

        // Then the next line is still code
        Assert.Equal("open", tokens[2].Value);
        Assert.Equal("closed", tokens[5].Value);
        Assert.Equal(2, tokens[5].Line);
    }

    [Fact]
    public void Scan_UnterminatedBlockComment_EndsAtEndOfFile()
    {
        // Given a block comment never closed
        const string source = "a /* b(\"c\")";

        // When it is scanned
        var tokens = CodeScanner.Scan(source, ScannerLanguage.Go);

        // Then everything after the opener is comment
        Assert.Equal(["a"], tokens.Select(t => t.Value));
    }

    [Fact]
    public void Scan_GoLiterals_ReadsRawStringsAndRunes()
    {
        // Given a Go raw string across lines and a rune holding a double quote
        const string source = "d := `one\r\n\"two\"`\nr := '\"'\ns := \"x\"";

        // When it is scanned
        var tokens = CodeScanner.Scan(source, ScannerLanguage.Go);

        // Then the raw string keeps its text without carriage returns and the rune is a char
        var strings = tokens.Where(t => t.Kind == TokenKind.String).ToList();
        Assert.Equal(["one\n\"two\"", "\"", "x"], strings.Select(t => t.Value));
        Assert.Equal([StringKind.RawBacktick, StringKind.Char, StringKind.Double], strings.Select(t => t.StringKind));
        Assert.Equal(4, strings[2].Line);
        Assert.Contains(tokens, t => t.IsPunctuation(":="));
    }

    [Fact]
    public void Scan_RustLiterals_ReadsRawStringsLifetimesAndDocComments()
    {
        // Given raw strings, byte strings, a lifetime, chars, nested comments and doc comments
        const string source = "/// Adds two numbers.\n/* a /* nested */ still */ fn f<'a>(x: &'a str) { let s = r#\"say \"hi\"\"#; let b = b\"by\"; let c = '\\''; let q = '\"'; }";

        // When it is scanned
        var tokens = CodeScanner.Scan(source, ScannerLanguage.Rust);

        // Then each literal has its value and kind, the doc comment is kept and the nested comment is skipped
        Assert.Equal(TokenKind.DocComment, tokens[0].Kind);
        Assert.Equal(" Adds two numbers.", tokens[0].Value);
        Assert.Equal("fn", tokens[1].Value);
        Assert.Contains(tokens, t => t.Kind == TokenKind.Identifier && t.Value == "'a");
        var strings = tokens.Where(t => t.Kind == TokenKind.String).ToList();
        Assert.Equal(["say \"hi\"", "by", "'", "\""], strings.Select(t => t.Value));
        Assert.Equal([StringKind.RustRaw, StringKind.Double, StringKind.Char, StringKind.Char], strings.Select(t => t.StringKind));
    }

    [Fact]
    public void Scan_JavaTextBlock_StripsIncidentalIndentation()
    {
        // Given a text block indented in the source
        const string source = "String d = \"\"\"\n        Line one\n          indented\n        \"\"\";\nint x;";

        // When it is scanned
        var tokens = CodeScanner.Scan(source, ScannerLanguage.Java);

        // Then the value loses the common indentation and the scan goes on after it
        var block = tokens.Single(t => t.Kind == TokenKind.String);
        Assert.Equal(StringKind.TextBlock, block.StringKind);
        Assert.Equal("Line one\n  indented\n", block.Value);
        Assert.Equal(5, tokens.Single(t => t.Value == "x").Line);
    }

    [Fact]
    public void Scan_KotlinTemplates_MarksSubstitutions()
    {
        // Given a plain string, an interpolated one and a raw one
        const string source = "val a = \"fixed\"; val b = \"hi $name and ${f(\"}\")}\"; val c = \"\"\"raw \\n\"\"\"";

        // When it is scanned
        var strings = CodeScanner.Scan(source, ScannerLanguage.Kotlin).Where(t => t.Kind == TokenKind.String).ToList();

        // Then only the interpolated one is a template and the raw one keeps its backslash
        Assert.Equal([StringKind.Double, StringKind.TemplateWithSubstitutions, StringKind.TextBlock], strings.Select(t => t.StringKind));
        Assert.Equal("raw \\n", strings[2].Value);
    }

    [Fact]
    public void Scan_KeepAllComments_EmitsCommentTokens()
    {
        // Given a language copy that keeps every comment
        var language = ScannerLanguage.Go with { Comments = CommentMode.KeepAll };

        // When code with a comment is scanned
        var tokens = CodeScanner.Scan("// Search finds.\nfunc", language);

        // Then the comment is a token without its markers
        Assert.Equal(TokenKind.Comment, tokens[0].Kind);
        Assert.Equal(" Search finds.", tokens[0].Value);
        Assert.True(tokens[1].FirstOnLine);
    }

    [Fact]
    public void Scan_RandomBytes_NeverThrows()
    {
        // Given many random inputs biased toward the characters that drive the scanner
        var random = new Random(1234);
        const string alphabet = "\"'`/*\\{}()[]<>$#!rbc\n\r\t a1._+-=\u00e9\U0001F600";
        var languages = new[] { ScannerLanguage.TypeScript, ScannerLanguage.Go, ScannerLanguage.Rust, ScannerLanguage.Java, ScannerLanguage.Kotlin, ScannerLanguage.C };

        for (var round = 0; round < 400; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = round % 2 == 0 ? alphabet[random.Next(alphabet.Length)] : (char)random.Next(0, 0xFFFF);
            }

            var text = new string(chars);

            // When each language scans it
            foreach (var language in languages)
            {
                var tokens = CodeScanner.Scan(text, language);

                // Then tokens stay inside the text, in order
                var last = 0;
                foreach (var token in tokens)
                {
                    Assert.InRange(token.Start, last, text.Length);
                    Assert.InRange(token.End, token.Start, text.Length);
                    last = token.Start;
                }
            }
        }
    }

    [Fact]
    public void Scan_FiveMegabytesOfNestedBrackets_FinishesQuickly()
    {
        // Given 5 MB of opening brackets, template openers and unterminated constructs
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 4 * 1024 * 1024)
        {
            builder.Append("f({[<");
        }

        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append("`${");
        }

        var text = builder.ToString();
        var stopwatch = Stopwatch.StartNew();

        // When it is scanned and split
        var tokens = CodeScanner.Scan(text, ScannerLanguage.TypeScript);
        var rust = CodeScanner.Scan(text, ScannerLanguage.Rust);

        // Then it finishes in seconds (about 0.4 s per scan in Release when the machine is idle; quadratic work would take hours)
        stopwatch.Stop();
        Assert.True(tokens.Count > 0 && rust.Count > 0);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Scan_CancelledToken_Throws()
    {
        // Given a cancelled token and a large input
        using var source = new CancellationTokenSource();
        source.Cancel();

        // When scanning; Then it stops with a cancellation
        Assert.ThrowsAny<OperationCanceledException>(() => CodeScanner.Scan(new string('a', 100_000).Replace("aaaa", "a b "), ScannerLanguage.C, source.Token));
    }
}
