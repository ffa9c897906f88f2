namespace Catalog.Site.Pages;

internal sealed record NotFoundPage
{
    public const string Template = "not-found.liquid";

    public required string HomeUrl { get; init; }
}
