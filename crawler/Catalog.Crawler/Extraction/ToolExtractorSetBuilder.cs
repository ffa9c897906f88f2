namespace Catalog.Crawler.Extraction;

/// <summary>Collects extractors in order, then freezes them into a <see cref="ToolExtractorSet"/>.</summary>
public sealed class ToolExtractorSetBuilder
{
    private readonly List<IToolExtractor> extractors = [];
    private IToolExtractor? readme;

    public ToolExtractorSetBuilder Add(IToolExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        extractors.Add(extractor);
        return this;
    }

    public ToolExtractorSetBuilder WithReadmeFallback(IToolExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        readme = extractor;
        return this;
    }

    public ToolExtractorSet Build() => new([.. extractors], readme);
}
