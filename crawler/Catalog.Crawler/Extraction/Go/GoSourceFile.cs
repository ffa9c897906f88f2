using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>One scanned .go file of a package.</summary>
internal sealed record GoSourceFile(string Path, TokenList Tokens);
