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

    /// <summary>Tools with this label in all pages of the listing.</summary>
    public required int Total { get; init; }

    /// <summary>This page's number, from 1.</summary>
    public int Page { get; init; } = 1;

    public int Pages { get; init; } = 1;
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }
}
