using System.Text;
using Catalog.Crawler.Repositories;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Crawler.Sources.AwesomeLists;

/// <summary>
/// Reads the GitHub repositories an awesome list links to, from Markdig's syntax tree rather than by pattern
/// matching on text, so links in code blocks or HTML comments are not taken. The headings above a link (below the
/// list's title) become its tags; a repository linked under several headings gets all of them.
/// </summary>
public static class AwesomeListParser
{
    private const int MaxTagLength = 60;

    public static IReadOnlyList<AwesomeListEntry> Parse(string markdown, string? listRepository = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown);
        var headings = new string?[7];
        var found = new Dictionary<string, (string Repository, SortedSet<string> Tags)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        Walk(document, headings, found, order, listRepository);
        return [.. order.Select(key => new AwesomeListEntry(found[key].Repository, [.. found[key].Tags]))];
    }

    private static void Walk(ContainerBlock container, string?[] headings, Dictionary<string, (string Repository, SortedSet<string> Tags)> found, List<string> order, string? listRepository)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var level = Math.Clamp(heading.Level, 1, 6);
                    headings[level] = Tag(PlainText(heading.Inline));
                    for (var deeper = level + 1; deeper < headings.Length; deeper++)
                    {
                        headings[deeper] = null;
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    foreach (var url in Links(inline))
                    {
                        if (!Sources.RepositoryNames.TryParseUrl(url, out var repository)
                            || string.Equals(repository, listRepository, StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        if (!found.TryGetValue(repository, out var entry))
                        {
                            entry = (repository, new SortedSet<string>(StringComparer.Ordinal));
                            found[repository] = entry;
                            order.Add(repository);
                        }

                        // The first level-one heading is the list's own title, not a category.
                        foreach (var tag in headings.Skip(2).OfType<string>())
                        {
                            entry.Tags.Add(tag);
                        }
                    }

                    break;
                case ContainerBlock nested:
                    Walk(nested, headings, found, order, listRepository);
                    break;
            }
        }
    }

    private static IEnumerable<string> Links(ContainerInline inline)
    {
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LinkInline { IsImage: false, Url: { } url }:
                    yield return url;
                    break;
                case AutolinkInline { IsEmail: false, Url: { } url }:
                    yield return url;
                    break;
            }
        }
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline?.Descendants<Inline>() ?? [])
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A heading as a tag: the slug form, or null when nothing of it is left (an emoji-only heading).</summary>
    private static string? Tag(string heading)
    {
        if (!heading.Any(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var tag = ServerSlugs.Normalize(heading);
        return tag.Length > MaxTagLength ? tag[..MaxTagLength].TrimEnd('-') : tag;
    }
}
