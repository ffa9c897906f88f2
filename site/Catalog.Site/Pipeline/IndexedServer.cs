using Catalog.Domain.Catalog;
using Catalog.Domain.Classification;
using Catalog.Site.Outputs;
using Catalog.Site.Outputs.Api;
using Catalog.Site.Pages;
using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

/// <summary>
/// What the first pass works out for one server, several servers at once; the results are then taken one
/// by one in reading order (search index, export, totals), which keeps the build's output independent of
/// thread timing. Only <see cref="Outline"/> is kept afterwards.
/// </summary>
internal sealed class IndexedServer
{
    public required CatalogServer Server { get; init; }
    public required ServerAddresses Addresses { get; init; }
    public required LabelCounts Counts { get; init; }
    public required SearchIndex.PreparedEntry Search { get; init; }
    public required byte[] ExportLines { get; init; }
    public required int ExportLineCount { get; init; }

    /// <summary>True when the lines were copied from the previous build's export.</summary>
    public required bool ExportReused { get; init; }

    /// <summary>See <see cref="SiteManifest.ExportSpan.Hash"/>.</summary>
    public required ulong ExportHash { get; init; }
    public required ServerSketch Outline { get; init; }

    /// <param name="server">The server as read.</param>
    /// <param name="links">The site's addresses.</param>
    /// <param name="reuse">The previous export, to copy this server's lines from when its content is unchanged.</param>
    /// <param name="export">False when the render threads make the export (see <see cref="OrderedExport"/>): no lines here.</param>
    public static IndexedServer Prepare(CatalogServer server, PageLinks links, ExportReuse? reuse, bool export = true)
    {
        ArgumentNullException.ThrowIfNull(server);
        var tools = DistinctTools.ByName(server.Tools);
        var names = new string[tools.Count];
        var categories = new ToolCategory?[tools.Count];
        var counts = new LabelCounts();
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = tools[i].Name;
            categories[i] = tools[i].Classification?.Category;
            counts.Add(tools[i].Classification);
        }

        var addresses = links.ForServer(server.Slug, names);

        var content = ServerFingerprint.Content(server);
        // Copied lines were hashed when read; only lines made afresh need hashing here.
        var reused = export ? reuse?.TryRead(addresses.Segment, content) : null;
        var (lines, count, hash) = reused ?? (export ? Fresh(server, addresses) : (Array.Empty<byte>(), 0, 0UL));
        return new IndexedServer
        {
            Server = server,
            Addresses = addresses,
            Counts = counts,
            Search = SearchIndex.Prepare(server, addresses.Segment, addresses.ToolSegments),
            ExportLines = lines,
            ExportLineCount = count,
            ExportReused = reused is not null,
            ExportHash = hash,
            Outline = new ServerSketch(
                server.Slug,
                addresses.Segment,
                content,
                names,
                categories),
        };
    }

    /// <summary>The server's export lines made afresh, as one gzip member, with their hash.</summary>
    public static (byte[] Lines, int Count, ulong Hash) Fresh(CatalogServer server, ServerAddresses addresses)
    {
        var (lines, count) = CatalogExportWriter.Serialize(server, addresses);
        return (lines, count, ExportReuse.HashOf(lines));
    }
}

/// <summary>
/// The little kept of every server between the passes: enough to find its tools' similar tools and to
/// tell whether its folder must be rebuilt, without holding its definitions.
/// </summary>
internal sealed record ServerSketch(string Slug, string Segment, UInt128 Content, string[] ToolNames, ToolCategory?[] Categories);
