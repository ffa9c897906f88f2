namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>Which comments the scanner keeps as trivia tokens; the others are skipped.</summary>
public enum CommentMode
{
    Skip = 0,

    /// <summary>Keep doc comments (<c>///</c>, <c>//!</c>, <c>/** */</c>, <c>/*! */</c>) as <see cref="TokenKind.DocComment"/>.</summary>
    KeepDoc,

    /// <summary>Keep doc comments and every other comment (<see cref="TokenKind.Comment"/>).</summary>
    KeepAll,
}
