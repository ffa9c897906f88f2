namespace Catalog.Site.Pages;

/// <summary>
/// Where one output lives: <see cref="FilePath"/> relative to the output folder with '/' separators
/// (e.g. <c>servers/acme/index.html</c>) and the <see cref="Url"/> links use (e.g. <c>/servers/acme/</c>).
/// Both come from the same segments, so a link never points somewhere the file is not.
/// </summary>
public sealed record SiteAddress(string FilePath, string Url);
