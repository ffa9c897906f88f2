namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// Splits Python source into tokens (identifiers, numbers, strings with r/b/u/f prefixes and triple quotes,
/// punctuation), skipping comments and line continuations. Indentation is not tokenized; use
/// <see cref="Token.FirstOnLine"/> and <see cref="Token.Line"/> for layout. Linear, never throws on broken input
/// (an unterminated one-line string ends at its line's end, a triple-quoted one at the end of the file).
/// </summary>
public static class PythonScanner
{
    public static TokenList Scan(string text, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new PythonLexer(text, cancellation).Run();
        return new TokenList(text, tokens, cancellation);
    }
}
