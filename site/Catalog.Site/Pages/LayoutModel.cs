namespace Catalog.Site.Pages;

/// <summary>What the layout template sees besides the page's own HTML (set as <c>content</c>).</summary>
internal sealed record LayoutModel(string PageTitle, SiteChrome Site);
