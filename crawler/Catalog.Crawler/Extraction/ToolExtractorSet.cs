namespace Catalog.Crawler.Extraction;

/// <summary>
/// The extractors used for a crawl, in order, frozen once built. Code extractors read source files;
/// the README extractor is kept apart because it is a fallback, used only when code yields nothing.
/// </summary>
public sealed class ToolExtractorSet
{
    internal ToolExtractorSet(IReadOnlyList<IToolExtractor> codeExtractors, IToolExtractor? readmeExtractor)
    {
        CodeExtractors = codeExtractors;
        ReadmeExtractor = readmeExtractor;
    }

    public IReadOnlyList<IToolExtractor> CodeExtractors { get; }

    public IToolExtractor? ReadmeExtractor { get; }

    /// <summary>The extractors that read <paramref name="file"/>, in order.</summary>
    public IEnumerable<IToolExtractor> For(SourceFile file)
    {
        foreach (var extractor in CodeExtractors)
        {
            if (extractor.Accepts(file))
            {
                yield return extractor;
            }
        }
    }

    public bool IsCandidate(string path)
    {
        var probe = new SourceFile(path, "");
        return CodeExtractors.Any(e => e.Accepts(probe));
    }
}
