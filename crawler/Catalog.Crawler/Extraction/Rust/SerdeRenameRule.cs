using System.Text;

namespace Catalog.Crawler.Extraction.Rust;

/// <summary>Applies serde's <c>rename_all</c> rules to a field (snake_case) or variant (PascalCase) name.</summary>
internal static class SerdeRenameRule
{
    public static string Apply(string? rule, string name)
    {
        if (rule is null)
        {
            return name;
        }

        var words = Words(name);
        return rule switch
        {
            "lowercase" => string.Concat(words).ToLowerInvariant(),
            "UPPERCASE" => string.Concat(words).ToUpperInvariant(),
            "snake_case" => string.Join("_", words).ToLowerInvariant(),
            "SCREAMING_SNAKE_CASE" => string.Join("_", words).ToUpperInvariant(),
            "kebab-case" => string.Join("-", words).ToLowerInvariant(),
            "SCREAMING-KEBAB-CASE" => string.Join("-", words).ToUpperInvariant(),
            "camelCase" => string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : Capitalize(w))),
            "PascalCase" => string.Concat(words.Select(Capitalize)),
            _ => name,
        };
    }

    private static string Capitalize(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in name)
        {
            if (c == '_')
            {
                Flush(words, current);
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0)
            {
                Flush(words, current);
            }

            current.Append(c);
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
