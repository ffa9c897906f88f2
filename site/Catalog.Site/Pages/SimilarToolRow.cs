namespace Catalog.Site.Pages;

/// <summary>A tool of another server that shares name words and the category with the tool on the page.</summary>
internal sealed record SimilarToolRow(string Name, string Url, string ServerName, string ServerUrl, string Category, string Risk);
