namespace Catalog.Site.Pages;

/// <summary>The search page: a form that works as a link target, and the index the script reads.</summary>
internal sealed record SearchPage
{
    public const string Template = "search.liquid";

    public required string IndexUrl { get; init; }
    public required string BaseUrl { get; init; }

    /// <summary>Query words used at most (each costs one shard download).</summary>
    public required int MaxTerms { get; init; }

    /// <summary>Results each term keeps in the index.</summary>
    public required int Kept { get; init; }
}
