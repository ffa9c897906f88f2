namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// One token of a scanned file. <see cref="Value"/> is the identifier, number or punctuation text as written, the
/// decoded value of a string literal, or a comment's text without its markers. <see cref="Start"/> and
/// <see cref="Length"/> are offsets in the source text; <see cref="Line"/> is the 1-based line where the token starts.
/// </summary>
public readonly record struct Token(TokenKind Kind, string Value, int Line, int Start, int Length)
{
    /// <summary>The form of a string literal; <see cref="StringKind.None"/> for other tokens.</summary>
    public StringKind StringKind { get; init; }

    /// <summary>True when no other token (comments aside) starts or ends earlier on the same line.</summary>
    public bool FirstOnLine { get; init; }

    /// <summary>The source offset just after the token.</summary>
    public int End => Start + Length;

    public bool IsEndOfFile => Kind == TokenKind.EndOfFile;

    public bool IsPunctuation(string text) => Kind == TokenKind.Punctuation && Value == text;

    public bool IsIdentifier(string name) => Kind == TokenKind.Identifier && Value == name;

    public bool IsIdentifier() => Kind == TokenKind.Identifier;

    /// <summary>A string literal whose value is fixed text (not a template with substitutions, not a char).</summary>
    public bool IsPlainString => Kind == TokenKind.String && StringKind is not (StringKind.TemplateWithSubstitutions or StringKind.Char);

    public override string ToString() => $"{Kind} '{Value}' @{Line}";
}
