namespace Catalog.Site.Pages;

/// <summary>Text to show for a place in a repository, and a web address for it when one can be made safely (null otherwise).</summary>
public sealed record SourceLink(string Text, string? Url);
