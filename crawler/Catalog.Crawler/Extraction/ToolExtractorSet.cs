using Catalog.Crawler.Extraction.CSharp;
using Catalog.Crawler.Extraction.Go;
using Catalog.Crawler.Extraction.Java;
using Catalog.Crawler.Extraction.Manifest;
using Catalog.Crawler.Extraction.Python;
using Catalog.Crawler.Extraction.Readme;
using Catalog.Crawler.Extraction.Rust;
using Catalog.Crawler.Extraction.TypeScript;

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

    /// <summary>Every language Catalog reads, plus manifests, with the README as fallback.</summary>
    public static ToolExtractorSet CreateDefault() => new ToolExtractorSetBuilder()
        .Add(new TypeScriptToolExtractor())
        .Add(new PythonToolExtractor())
        .Add(new GoToolExtractor())
        .Add(new CSharpToolExtractor())
        .Add(new RustToolExtractor())
        .Add(new JavaToolExtractor())
        .Add(new ManifestToolExtractor())
        .WithReadmeFallback(new ReadmeToolExtractor())
        .Build();

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
