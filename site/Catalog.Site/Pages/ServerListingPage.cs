namespace Catalog.Site.Pages;

internal sealed record ServerListingPage
{
    public const string Template = "server-listing.liquid";

    public required IReadOnlyList<ServerRow> Servers { get; init; }
}
