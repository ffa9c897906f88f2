namespace Catalog.Site.Pages;

internal sealed record ChangesPage
{
    public const string Template = "changes.liquid";

    public required IReadOnlyList<ChangeRow> Changes { get; init; }
}
