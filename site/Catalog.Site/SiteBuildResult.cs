namespace Catalog.Site;

/// <summary>
/// What a build did. "Pages" here are all output files (HTML, JSON, XML, text, assets) except the
/// manifest: <see cref="PagesWritten"/> were new or changed, <see cref="PagesUnchanged"/> had the same
/// content as before and were carried over, <see cref="FilesRemoved"/> were in the previous site only.
/// </summary>
public sealed record SiteBuildResult
{
    public required int PagesWritten { get; init; }
    public required int PagesUnchanged { get; init; }
    public required int FilesRemoved { get; init; }
    public required int Servers { get; init; }
    public required int Tools { get; init; }
    public required TimeSpan Elapsed { get; init; }
}
