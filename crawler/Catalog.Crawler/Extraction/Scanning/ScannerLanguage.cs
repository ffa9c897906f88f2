namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// How <see cref="CodeScanner"/> reads one C-family language: which quotes make strings, which comments nest
/// or are kept. Use a preset (<see cref="TypeScript"/>, <see cref="Go"/>...) or copy one with <c>with</c>.
/// </summary>
public sealed record ScannerLanguage
{
    public SingleQuoteMode SingleQuote { get; init; }

    public BacktickMode Backtick { get; init; }

    public TripleQuoteMode TripleQuote { get; init; }

    /// <summary>Rust prefixed literals: r"..", r#".."#, b"..", br"..", c"..", b'x' and raw identifiers r#name.</summary>
    public bool RustLiterals { get; init; }

    /// <summary>Block comments nest (Rust, Kotlin).</summary>
    public bool NestedBlockComments { get; init; }

    /// <summary>Kotlin string templates: <c>$name</c> and <c>${expr}</c> inside "..." and """...""".</summary>
    public bool DollarInterpolation { get; init; }

    /// <summary>JavaScript regular expression literals /.../flags, recognised where an expression may start.</summary>
    public bool RegexLiterals { get; init; }

    /// <summary>
    /// A "..." or '...' string ends at the end of its line when unterminated (the language forbids raw line breaks,
    /// so stopping there recovers best). When false (Rust) strings may span lines and an unterminated one ends at the end of the file.
    /// </summary>
    public bool LineBoundStrings { get; init; } = true;

    public CommentMode Comments { get; init; }

    public static ScannerLanguage TypeScript { get; } = new()
    {
        SingleQuote = SingleQuoteMode.String,
        Backtick = BacktickMode.Template,
        RegexLiterals = true,
    };

    /// <summary>Same rules as <see cref="TypeScript"/>.</summary>
    public static ScannerLanguage JavaScript => TypeScript;

    public static ScannerLanguage Go { get; } = new()
    {
        SingleQuote = SingleQuoteMode.Char,
        Backtick = BacktickMode.Raw,
    };

    /// <summary>Rust, keeping doc comments because they carry tool descriptions.</summary>
    public static ScannerLanguage Rust { get; } = new()
    {
        SingleQuote = SingleQuoteMode.CharOrLifetime,
        RustLiterals = true,
        NestedBlockComments = true,
        LineBoundStrings = false,
        Comments = CommentMode.KeepDoc,
    };

    public static ScannerLanguage Java { get; } = new()
    {
        SingleQuote = SingleQuoteMode.Char,
        TripleQuote = TripleQuoteMode.JavaTextBlock,
    };

    public static ScannerLanguage Kotlin { get; } = new()
    {
        SingleQuote = SingleQuoteMode.Char,
        TripleQuote = TripleQuoteMode.KotlinRaw,
        NestedBlockComments = true,
        DollarInterpolation = true,
    };

    public static ScannerLanguage C { get; } = new()
    {
        SingleQuote = SingleQuoteMode.Char,
    };
}
