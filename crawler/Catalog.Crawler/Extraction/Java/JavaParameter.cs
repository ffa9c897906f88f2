using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Java;

/// <summary>
/// One parameter (or record component) as written: its annotations, name, the range of its type, and whether it
/// has a default value (Kotlin). Java writes <c>@A final Type name</c>; Kotlin writes <c>@A val name: Type = default</c>.
/// </summary>
internal sealed record JavaParameter(string Name, TokenRange Type, IReadOnlyList<JavaAnnotation> Annotations, bool HasDefault)
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "final", "val", "var", "vararg", "private", "public", "protected", "internal", "override", "open",
    };

    public JavaAnnotation? Find(params string[] names) =>
        Annotations.Cast<JavaAnnotation?>().FirstOrDefault(a => names.Contains(a!.Value.Name));

    public static JavaParameter? Read(TokenList tokens, TokenRange range, bool kotlin)
    {
        var annotations = new List<JavaAnnotation>();
        var i = range.Start;
        while (i < range.End)
        {
            if (JavaAnnotation.Read(tokens, i) is { } annotation)
            {
                annotations.Add(annotation);
                i = annotation.End;
            }
            else if (tokens[i].Kind == TokenKind.Identifier && Modifiers.Contains(tokens[i].Value) && !tokens.IsPunctuation(i + 1, ":"))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (i >= range.End)
        {
            return null;
        }

        if (kotlin)
        {
            if (!tokens[i].IsIdentifier() || !tokens.IsPunctuation(i + 1, ":"))
            {
                return null;
            }

            var typeEnd = i + 2;
            while (typeEnd < range.End && !tokens.IsPunctuation(typeEnd, "="))
            {
                typeEnd++;
            }

            return new JavaParameter(tokens[i].Value, new TokenRange(i + 2, typeEnd), annotations, typeEnd < range.End);
        }

        // Java: the name is the last identifier; array brackets may follow it (String names[]).
        var nameIndex = range.End - 1;
        while (nameIndex > i && tokens.IsPunctuation(nameIndex, "]"))
        {
            nameIndex -= 2;
        }

        return nameIndex > i && tokens[nameIndex].IsIdentifier()
            ? new JavaParameter(tokens[nameIndex].Value, new TokenRange(i, nameIndex), annotations, false)
            : null;
    }
}
