namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>A run of tokens by index: <see cref="Start"/> included, <see cref="End"/> excluded.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Length => Math.Max(0, End - Start);

    public bool IsEmpty => End <= Start;
}
