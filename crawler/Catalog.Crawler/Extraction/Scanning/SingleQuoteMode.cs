namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>What a single quote starts.</summary>
public enum SingleQuoteMode
{
    /// <summary>A string, like a double quote (JavaScript).</summary>
    String = 0,

    /// <summary>A char literal (C, Go, Java, Kotlin).</summary>
    Char,

    /// <summary>A char literal or a Rust lifetime <c>'a</c> (emitted as an identifier whose value starts with the quote).</summary>
    CharOrLifetime,
}
