using System.Diagnostics.CodeAnalysis;

namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// String constants of a package, crate or project, read lazily: a name not seen yet makes the owner read
/// the files that mention it (<paramref name="readMore"/>) before the lookup is answered. So a large project
/// is never indexed up front, and each file's time budget pays only for what that file refers to.
/// </summary>
internal sealed class LazyConstantTable(Dictionary<string, string> constants, Action<string> readMore) : IReadOnlyDictionary<string, string>
{
    public int Count => constants.Count;

    public IEnumerable<string> Keys => constants.Keys;

    public IEnumerable<string> Values => constants.Values;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (!constants.ContainsKey(key))
        {
            readMore(key);
        }

        return constants.TryGetValue(key, out value);
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => constants.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
