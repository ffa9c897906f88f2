namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>What three double quotes start.</summary>
public enum TripleQuoteMode
{
    /// <summary>Nothing special: an empty string followed by another string.</summary>
    None = 0,

    /// <summary>A Java text block: escapes processed, incidental indentation and trailing spaces removed.</summary>
    JavaTextBlock,

    /// <summary>A Kotlin raw string: no escapes, text kept as written (a trailing <c>.trimIndent()</c> is the caller's business).</summary>
    KotlinRaw,
}
