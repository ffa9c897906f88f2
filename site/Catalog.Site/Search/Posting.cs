namespace Catalog.Site.Search;

/// <summary>A document under a term: its index and how strongly the term belongs to it (a name outweighs a description).</summary>
internal readonly record struct Posting(int Doc, byte Weight);
