namespace Catalog.Crawler.Extraction;

/// <summary>Bounds that keep a hostile repository from costing more than a normal one.</summary>
public sealed record ExtractionLimits
{
    /// <summary>Larger files are skipped with a reason: real tool definitions are never this big.</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Time one extractor may spend on one file before the file is skipped.</summary>
    public TimeSpan PerFileBudget { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Files read per server at the most; the rest are skipped with a reason.</summary>
    public int MaxFilesPerServer { get; init; } = 5_000;

    public static ExtractionLimits Default { get; } = new();
}
