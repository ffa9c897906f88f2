namespace Catalog.Site.Pages;

/// <summary>A count under a label (a risk level or a category), with the key used in data attributes and the listing's URL.</summary>
internal sealed record CountRow(string Label, string Key, int Count, string Url);
