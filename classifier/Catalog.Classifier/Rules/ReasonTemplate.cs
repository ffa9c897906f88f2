using System.Text;

namespace Catalog.Classifier.Rules;

/// <summary>
/// A rule's reason sentence, split once into literal text and placeholders such as <c>{nameVerb}</c>,
/// so writing it for a tool is one pass rather than a search for every placeholder.
/// </summary>
internal sealed class ReasonTemplate
{
    public static readonly string[] Placeholders =
    [
        "value", "nameVerb", "nameToken", "namePhrase", "nameObject", "descriptionVerb", "descriptionWord",
        "descriptionPhrase", "descriptionRegex", "word", "actionVerb", "server", "parameter", "where",
    ];

    private readonly (string Text, int Placeholder)[] parts;

    private ReasonTemplate((string, int)[] parts, string text)
    {
        this.parts = parts;
        Text = text;
    }

    public string Text { get; }

    /// <summary>The placeholders the template uses.</summary>
    public IEnumerable<string> Uses => parts.Where(part => part.Placeholder >= 0).Select(part => Placeholders[part.Placeholder]);

    /// <summary>Splits <paramref name="text"/>; returns null and the offending name when it uses a placeholder that does not exist.</summary>
    public static ReasonTemplate Parse(string text, out string? unknown)
    {
        unknown = null;
        var parts = new List<(string, int)>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                parts.Add((text[position..], -1));
                break;
            }

            if (open > position)
            {
                parts.Add((text[position..open], -1));
            }

            var name = text[(open + 1)..close];
            var index = Array.IndexOf(Placeholders, name);
            if (index < 0)
            {
                unknown ??= name;
                parts.Add((text[open..(close + 1)], -1));
            }
            else
            {
                parts.Add(("", index));
            }

            position = close + 1;
        }

        return new ReasonTemplate(parts.ToArray(), text);
    }

    public string Render(in Citations cite, string where)
    {
        var text = new StringBuilder(Text.Length + 32);
        foreach (var (literal, placeholder) in parts)
        {
            text.Append(placeholder < 0 ? literal : Value(placeholder, cite, where));
        }

        return text.ToString();
    }

    private static string? Value(int placeholder, in Citations cite, string where) => Placeholders[placeholder] switch
    {
        "value" => cite.Value,
        "nameVerb" => cite.NameVerb,
        "nameToken" => cite.NameToken,
        "namePhrase" => cite.NamePhrase,
        "nameObject" => cite.NameObject,
        "descriptionVerb" => cite.DescriptionVerb,
        "descriptionWord" => cite.DescriptionWord,
        "descriptionPhrase" => cite.DescriptionPhrase,
        "descriptionRegex" => cite.DescriptionRegex,
        "word" => cite.Word,
        "actionVerb" => cite.ActionVerb,
        "server" => cite.Server,
        "parameter" => cite.Parameter,
        "where" => where,
        _ => null,
    };
}
