using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>Where a declaration is: the file's tokens and the index of the token that starts what was asked for.</summary>
internal readonly record struct GoDeclaration(TokenList Tokens, int Index);
