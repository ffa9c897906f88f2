namespace Catalog.Site.Pages;

internal sealed record NavLink(string Label, string Url);
