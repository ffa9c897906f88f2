using Catalog.Domain.Servers;

namespace Catalog.Crawler.Extraction;

/// <summary>
/// What an extractor may see beyond its own file: the other files of the same server (to follow an
/// import of a sibling module), and a way to record a file it passed over. Also carries the time budget.
/// </summary>
public sealed class ExtractionContext
{
    private readonly IReadOnlyDictionary<string, SourceFile> files;
    private readonly List<SkippedItem> skipped = [];

    public ExtractionContext(string repository, IReadOnlyDictionary<string, SourceFile> files, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        Repository = repository;
        this.files = files;
        Cancellation = cancellation;
    }

    public string Repository { get; }

    /// <summary>Cancelled when the current file has used up its time budget; long loops should check it.</summary>
    public CancellationToken Cancellation { get; set; }

    public IReadOnlyList<SkippedItem> Skipped => skipped;

    /// <summary>A file of the same server by its repository-relative path ('/' separators), or null.</summary>
    public SourceFile? TryGetFile(string path) => files.GetValueOrDefault(path);

    public IEnumerable<SourceFile> Files => files.Values;

    public void Skip(string? path, string reason) => skipped.Add(new SkippedItem(Repository, path, reason));
}
