namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>What a backtick starts.</summary>
public enum BacktickMode
{
    /// <summary>Nothing: the backtick is punctuation (Kotlin quoted names, Rust, Java, C).</summary>
    None = 0,

    /// <summary>A JavaScript template literal with escapes and <c>${}</c> substitutions.</summary>
    Template,

    /// <summary>A Go raw string: no escapes, may span lines.</summary>
    Raw,
}
