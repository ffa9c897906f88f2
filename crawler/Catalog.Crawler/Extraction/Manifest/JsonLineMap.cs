namespace Catalog.Crawler.Extraction.Manifest;

/// <summary>Turns byte offsets of a UTF-8 buffer into 1-based line numbers, finding the line starts once up front.</summary>
internal sealed class JsonLineMap
{
    private readonly List<long> lineStarts = [0];

    public JsonLineMap(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public int LineOf(long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
