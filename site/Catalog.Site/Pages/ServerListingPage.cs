namespace Catalog.Site.Pages;

internal sealed record ServerListingPage
{
    public const string Template = "server-listing.liquid";

    public required IReadOnlyList<ServerRow> Servers { get; init; }

    /// <summary>Every language of the listed servers, for the filter, in ordinal order.</summary>
    public required IReadOnlyList<string> Languages { get; init; }
}
