namespace Catalog.Crawler.Sources.AwesomeLists;

/// <summary>Reads a repository's README as text.</summary>
public interface IReadmeReader
{
    /// <returns>The README's text, or null when the repository has none.</returns>
    /// <exception cref="SourceUnavailableException">It could not be read.</exception>
    Task<string?> ReadReadmeAsync(string repository, CancellationToken cancellation);
}
