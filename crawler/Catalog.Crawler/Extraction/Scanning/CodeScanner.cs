namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// Splits C-family source (TypeScript/JavaScript, Go, Rust, Java, Kotlin, C) into tokens, skipping comments and
/// whitespace. Linear in the input, never throws on broken input (unterminated strings and comments end at the
/// end of their line or of the file), and checks the cancellation token as it goes.
/// </summary>
public static class CodeScanner
{
    public static TokenList Scan(string text, ScannerLanguage language, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var tokens = new CodeLexer(text, language, cancellation).Run();
        return new TokenList(text, tokens, cancellation);
    }
}
