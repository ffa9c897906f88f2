namespace Catalog.Site.Outputs;

/// <summary>
/// The export of a build with nothing to carry over, made by the render threads rather than the first pass: each
/// thread serialises the servers it renders, and their lines are appended in the order the servers were read,
/// whichever thread finishes first, so the file does not depend on thread timing. The first pass holds up every
/// page until it ends, while the render threads have time to spare whenever a write blocks, so the work is theirs.
/// </summary>
internal sealed class OrderedExport : IDisposable
{
    private readonly CatalogExportWriter writer;
    private readonly StagedSite output;
    private readonly Dictionary<long, Lines?> waiting = [];
    private readonly Lock gate = new();
    private long next;
    private bool disposed;

    /// <param name="output">The staged site: the file is opened in it and each server's place in it is recorded there.</param>
    /// <param name="relativePath">Where the export goes in the site.</param>
    public OrderedExport(StagedSite output, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
        writer = new CatalogExportWriter(output.OpenWrite(relativePath));
    }

    /// <summary>Servers whose lines (or absence of lines) are in the file: every one read before the first still missing.</summary>
    public long Appended
    {
        get
        {
            lock (gate)
            {
                return next;
            }
        }
    }

    /// <summary>
    /// Hands over the lines of the server read in place <paramref name="sequence"/> (counted from zero), or null for
    /// one read but not rendered; they are written once every server read before it has been handed over.
    /// </summary>
    public void Add(long sequence, Lines? lines)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (sequence < next || !waiting.TryAdd(sequence, lines))
            {
                throw new InvalidOperationException($"The export was handed the server read in place {sequence} twice.");
            }

            while (waiting.Remove(next, out var ready))
            {
                if (ready is { } server)
                {
                    output.RecordExport(server.Segment, new SiteManifest.ExportSpan(server.Content, writer.Position, server.Bytes.Length, server.Count, server.Hash));
                    writer.WriteLines(server.Bytes, server.Count);
                }

                next++;
            }
        }
    }

    /// <summary>Closes the file, which records it in the staged site (see <see cref="StagedSite.OpenWrite"/>).</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            waiting.Clear();
        }

        writer.Dispose();
    }

    /// <summary>One server's lines as one gzip member (see <see cref="CatalogExportWriter.Serialize"/>).</summary>
    /// <param name="Segment">The server's folder name.</param>
    /// <param name="Content">The server's content hash, recorded with its place so a later build can reuse the lines.</param>
    /// <param name="Bytes">The member.</param>
    /// <param name="Count">How many lines it holds.</param>
    /// <param name="Hash">See <see cref="SiteManifest.ExportSpan.Hash"/>.</param>
    public sealed record Lines(string Segment, UInt128 Content, byte[] Bytes, int Count, ulong Hash);
}
