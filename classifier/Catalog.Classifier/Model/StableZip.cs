using System.IO.Compression;

namespace Catalog.Classifier.Model;

/// <summary>
/// ML.NET stamps every zip entry with the time of saving, so two identical models give different
/// bytes. Rewriting the entries with one fixed time makes a retrain on the same data and seed produce
/// the same file (no spurious diff to commit) and the same <see cref="ToolModel.Version"/>.
/// </summary>
internal static class StableZip
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] zip)
    {
        using var source = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
