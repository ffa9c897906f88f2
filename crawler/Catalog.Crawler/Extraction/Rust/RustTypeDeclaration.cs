using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Rust;

/// <summary>A <c>struct</c> or <c>enum</c> with named fields or variants: its tokens, the "{" of its body, and the attributes before it.</summary>
internal sealed record RustTypeDeclaration(TokenList Tokens, int OpenBrace, bool IsEnum, IReadOnlyList<RustAttribute> Attributes);
