using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Crawler.Repositories;

/// <summary>Facts read from a repository's own files when the source does not know them (local folders).</summary>
public static class RepositoryFacts
{
    private const int MaxSummaryLength = 300;
    private const long MaxReadBytes = 256 * 1024;
    private static readonly string[] LicenseFiles = ["LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "COPYING"];

    /// <summary>The first line of the license file in the server folder or the repository root, e.g. "MIT License".</summary>
    public static string? License(IRepositoryContent repository, string folder)
    {
        foreach (var candidate in Candidates(folder, LicenseFiles))
        {
            var text = TryRead(repository, candidate);
            var first = text?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
            if (first is not null)
            {
                return first.Length > 100 ? first[..100] : first;
            }
        }

        return null;
    }

    /// <summary>The plain text of the README's first paragraph, cut to a summary's length.</summary>
    public static string? ReadmeSummary(IRepositoryContent repository, string folder)
    {
        foreach (var candidate in Candidates(folder, ["README.md", "readme.md", "README.markdown", "README"]))
        {
            var text = TryRead(repository, candidate);
            if (text is null)
            {
                continue;
            }

            var paragraph = Markdown.Parse(text).Descendants<ParagraphBlock>().FirstOrDefault();
            if (paragraph?.Inline is null)
            {
                continue;
            }

            var plain = new StringBuilder();
            foreach (var inline in paragraph.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        plain.Append(literal.Content);
                        break;
                    case CodeInline code:
                        plain.Append(code.Content);
                        break;
                    case LineBreakInline:
                        plain.Append(' ');
                        break;
                }
            }

            var summary = string.Join(' ', plain.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (summary.Length > 0)
            {
                return summary.Length > MaxSummaryLength ? summary[..(MaxSummaryLength - 1)] + "…" : summary;
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string folder, string[] names)
    {
        foreach (var name in names)
        {
            yield return folder.Length == 0 ? name : $"{folder}/{name}";
        }

        if (folder.Length > 0)
        {
            foreach (var name in names)
            {
                yield return name;
            }
        }
    }

    private static string? TryRead(IRepositoryContent repository, string path)
    {
        var entry = repository.ListFiles().FirstOrDefault(e => e.Path == path);
        if (entry is null || entry.Size > MaxReadBytes)
        {
            return null;
        }

        try
        {
            return Extraction.SourceFileDecoder.TryDecode(repository.ReadFile(path), out _);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
