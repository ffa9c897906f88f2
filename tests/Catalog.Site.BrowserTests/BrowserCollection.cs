namespace Catalog.Site.BrowserTests;

/// <summary>Every browser test shares one served site and one Chromium; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
