namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>The source form of a string literal; consumers refuse forms whose value is not fixed text.</summary>
public enum StringKind : byte
{
    None = 0,

    /// <summary>'...' in languages where single quotes make strings (JavaScript, Python).</summary>
    Single,

    /// <summary>"..." (also Rust b"..." and c"...").</summary>
    Double,

    /// <summary>A JavaScript template literal without substitutions: fixed text.</summary>
    Template,

    /// <summary>
    /// A template or interpolated string with substitutions (JavaScript <c>${}</c>, Kotlin <c>$x</c>, Python f-string <c>{}</c>):
    /// the value keeps the substitutions as raw source text, so it is not the runtime text.
    /// </summary>
    TemplateWithSubstitutions,

    /// <summary>A Go raw string `...`: no escapes, may span lines.</summary>
    RawBacktick,

    /// <summary>A Rust raw string r"..." or r#"..."# (also br and cr): no escapes.</summary>
    RustRaw,

    /// <summary>A Java text block or Kotlin raw string """...""" (Java: escapes and incidental indentation processed; Kotlin: raw).</summary>
    TextBlock,

    /// <summary>A Python triple-quoted string '''...''' or """...""".</summary>
    TripleQuoted,

    /// <summary>A char literal 'x' (C, Go rune, Java, Kotlin, Rust, also Rust b'x').</summary>
    Char,
}
