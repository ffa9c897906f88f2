namespace Catalog.Domain.Crawling;

/// <summary>
/// A response kept so that a conditional request answered "not modified" can be replayed, such as a page of
/// search results. <see cref="Key"/> is the request (path and query); <see cref="Link"/> is its pagination header, if any.
/// </summary>
public sealed record CachedResponse(string Key, string ETag, string Body, string? Link);
