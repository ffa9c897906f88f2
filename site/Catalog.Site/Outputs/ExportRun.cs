using Microsoft.Win32.SafeHandles;

namespace Catalog.Site.Outputs;

/// <summary>
/// Copies the previous export's lines of unchanged servers into the new export, joining servers that
/// follow one another in the old file into one copy: after a small change the export is a few long copies.
/// </summary>
internal sealed class ExportRun(SafeFileHandle from, CatalogExportWriter export)
{
    private long start = -1;
    private long length;
    private int lines;

    /// <summary>Queues a server's span; returns where its lines start in the new export.</summary>
    public long Add(SiteManifest.ExportSpan span)
    {
        if (start < 0 || start + length != span.Offset)
        {
            Flush();
            start = span.Offset;
        }

        var at = export.Position + length;
        length += span.Length;
        lines += span.Lines;
        return at;
    }

    /// <summary>Copies what is queued; call before writing anything else to the export.</summary>
    public void Flush()
    {
        if (length > 0)
        {
            export.CopyLines(from, start, length, lines);
        }

        start = -1;
        length = 0;
        lines = 0;
    }
}
