namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>What a <see cref="Token"/> is. <see cref="EndOfFile"/> is the default, returned when reading past the end.</summary>
public enum TokenKind : byte
{
    EndOfFile = 0,
    Identifier,
    Number,

    /// <summary>A string or char literal; <see cref="Token.Value"/> holds the decoded text and <see cref="Token.StringKind"/> its form.</summary>
    String,

    /// <summary>An operator or bracket, one character or a common multi-character operator ("=>", "::", "...").</summary>
    Punctuation,

    /// <summary>A JavaScript regular expression literal (kept as one token so its quotes and slashes do not confuse the scan).</summary>
    Regex,

    /// <summary>A doc comment (<c>///</c>, <c>//!</c>, <c>/** */</c>, <c>/*! */</c>), only when the language keeps them; value without the markers.</summary>
    DocComment,

    /// <summary>Any other comment, only when <see cref="CommentMode.KeepAll"/> is set; value without the markers.</summary>
    Comment,
}
