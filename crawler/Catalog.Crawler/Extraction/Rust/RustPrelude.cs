using System.Text;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Rust;

/// <summary>
/// What stands before a Rust item or field: its outer attributes and its <c>///</c> doc comment. Read forward
/// from a start index over attributes, doc comments and visibility; <see cref="Next"/> is the first token after.
/// </summary>
internal sealed class RustPrelude
{
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "pub", "async", "unsafe", "const", "extern", "default" };

    private RustPrelude(List<RustAttribute> attributes, string? doc, int next)
    {
        Attributes = attributes;
        Doc = doc;
        Next = next;
    }

    public IReadOnlyList<RustAttribute> Attributes { get; }

    /// <summary>The doc comment's lines, each without one leading space, joined by newlines; null when there is none.</summary>
    public string? Doc { get; }

    public int Next { get; }

    public static RustPrelude Read(TokenList tokens, int start, int end)
    {
        var attributes = new List<RustAttribute>();
        var doc = new StringBuilder();
        var hasDoc = false;
        var i = start;
        while (i < end)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.DocComment)
            {
                if (IsOuterDoc(tokens, token))
                {
                    AppendDoc(doc, token.Value, ref hasDoc);
                }

                i++;
            }
            else if (RustAttribute.Read(tokens, i) is { } attribute)
            {
                attributes.Add(attribute);
                i = attribute.Close + 1;
            }
            else if (token.Kind == TokenKind.Identifier && Qualifiers.Contains(token.Value))
            {
                // pub(crate), pub(super), extern "C"
                i++;
                if (token.Value == "pub" && tokens.IsPunctuation(i, "(") && tokens.MatchingClose(i) is var close and > 0)
                {
                    i = close + 1;
                }
                else if (token.Value == "extern" && tokens[i].Kind == TokenKind.String)
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return new RustPrelude(attributes, hasDoc ? doc.ToString().Trim() : null, i);
    }

    public RustAttribute? Find(string name) => Attributes.Cast<RustAttribute?>().FirstOrDefault(a => a!.Value.Name == name);

    private static bool IsOuterDoc(TokenList tokens, Token token) =>
        token.Start + 2 < tokens.Source.Length && tokens.Source[token.Start + 2] is '/' or '*';

    private static void AppendDoc(StringBuilder doc, string text, ref bool hasDoc)
    {
        if (hasDoc)
        {
            doc.Append('\n');
        }

        doc.Append(text.StartsWith(' ') ? text[1..] : text);
        hasDoc = true;
    }
}
