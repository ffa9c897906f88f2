namespace Catalog.Crawler.Sources.AwesomeLists;

/// <summary>A repository linked from an awesome list, with the headings it was listed under as tags (e.g. <c>databases</c>).</summary>
public sealed record AwesomeListEntry(string Repository, IReadOnlyList<string> Tags);
