namespace Catalog.Site.Pages;

/// <summary>All classified tools of one risk level or one category.</summary>
internal sealed record ToolListingPage
{
    public const string Template = "tool-listing.liquid";

    public required string Heading { get; init; }
    public required string Intro { get; init; }

    /// <summary>"risk" or "category": which data attribute the listing's badge carries.</summary>
    public required string Kind { get; init; }
    public required string Value { get; init; }
    public required IReadOnlyList<ToolRow> Tools { get; init; }
}
