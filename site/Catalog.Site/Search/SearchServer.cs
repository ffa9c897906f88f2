namespace Catalog.Site.Search;

/// <summary>What every document of one server shares; one instance per server. <see cref="Name"/> is the display name as the data gives it.</summary>
internal sealed record SearchServer(string Slug, string Name, string Segment);
