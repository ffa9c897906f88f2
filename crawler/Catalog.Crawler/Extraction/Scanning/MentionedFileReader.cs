namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// The files of a package, crate or project not read yet, read on demand: a declaration of a name can only be
/// in a file whose text contains that name, so a lookup reads just those. Bounded in distinct searches so a
/// hostile project with thousands of names cannot make every lookup rescan it.
/// </summary>
internal sealed class MentionedFileReader(IEnumerable<SourceFile> sources, Action<SourceFile> read)
{
    private const int MaxSearches = 512;

    private readonly List<SourceFile> unread = [.. sources.OrderBy(s => s.Path, StringComparer.Ordinal)];
    private readonly HashSet<string> searched = new(StringComparer.Ordinal);

    /// <summary>Reads every unread file whose text contains <paramref name="name"/>, once per name.</summary>
    public void ReadFilesMentioning(string name)
    {
        if (unread.Count == 0 || searched.Count >= MaxSearches || !searched.Add(name))
        {
            return;
        }

        foreach (var file in unread.Where(f => f.Text.Contains(name, StringComparison.Ordinal)).ToList())
        {
            read(file);
            unread.Remove(file);
        }
    }

    /// <summary>Takes a file out of the unread set because the caller reads it itself.</summary>
    public void MarkRead(string path) => unread.RemoveAll(f => f.Path == path);
}
