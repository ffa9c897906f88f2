using System.Runtime.CompilerServices;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Java;

/// <summary>
/// The Java and Kotlin files of a server, for one extraction context: their string constants, and the enums
/// (constant names) and records or Kotlin data classes (components) a tool's parameters refer to. Files are
/// scanned as they are needed: a name missing from the files read so far is looked for in the other files whose
/// text mentions it, so a large project costs only what its tools refer to.
/// </summary>
internal sealed class JavaTypeIndex
{
    // Each name not found in the files read so far costs a text search of the rest of the project; a file that
    // asks for thousands of different missing names stops searching here.

    private static readonly ConditionalWeakTable<ExtractionContext, JavaTypeIndex> Indexes = new();

    private readonly Dictionary<string, TokenList> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> constants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (TokenList Tokens, int Open, bool Kotlin)> records = new(StringComparer.Ordinal);
    private readonly MentionedFileReader mentions;
    private CancellationToken cancellation;

    private JavaTypeIndex(IEnumerable<SourceFile> sources)
    {
        mentions = new MentionedFileReader(sources, Read);
        Constants = new LazyConstantTable(constants, ReadFilesMentioning);
    }

    /// <summary>The project's string constants; a name not yet seen is looked up in the files that mention it.</summary>
    public IReadOnlyDictionary<string, string> Constants { get; }

    /// <summary>The index of <paramref name="file"/>'s server, kept for the rest of the context, with that file read.</summary>
    public static JavaTypeIndex For(SourceFile file, ExtractionContext context)
    {
        JavaTypeIndex index;
        lock (Indexes)
        {
            index = Indexes.GetValue(context, c => new JavaTypeIndex(c.Files.Where(f => JavaSourceLanguage.IsJvmSource(f.Path))));
        }

        index.cancellation = context.Cancellation;
        if (!index.files.ContainsKey(file.Path))
        {
            index.mentions.MarkRead(file.Path);
            index.Read(file);
        }

        return index;
    }

    public TokenList TokensOf(string path) => files[path];

    public IReadOnlyList<string>? FindEnum(string name)
    {
        if (!enums.ContainsKey(name) && !records.ContainsKey(name))
        {
            ReadFilesMentioning(name);
        }

        return enums.GetValueOrDefault(name);
    }

    /// <summary>A record's (or Kotlin data class's) component list: the tokens and the index of its "(".</summary>
    public (TokenList Tokens, int Open, bool Kotlin)? FindRecord(string name)
    {
        if (!enums.ContainsKey(name) && !records.ContainsKey(name))
        {
            ReadFilesMentioning(name);
        }

        return records.TryGetValue(name, out var found) ? found : null;
    }

    private void ReadFilesMentioning(string name) => mentions.ReadFilesMentioning(name);

    private void Read(SourceFile file)
    {
        var tokens = CodeScanner.Scan(file.Text, JavaSourceLanguage.For(file.Path), cancellation);
        foreach (var (name, value) in StringConstants.Collect(tokens, cancellation: cancellation))
        {
            constants.TryAdd(name, value);
        }

        IndexTypes(tokens, JavaSourceLanguage.IsKotlin(file.Path), cancellation);
        files[file.Path] = tokens;
    }

    private void IndexTypes(TokenList tokens, bool kotlin, CancellationToken cancellation)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            if (token.Kind != TokenKind.Identifier || !tokens[i + 1].IsIdentifier())
            {
                continue;
            }

            var name = tokens[i + 1].Value;
            var isEnum = token.Value == "enum" || (kotlin && token.Value == "class" && tokens.IsIdentifier(i - 1, "enum"));
            if (token.Value == "class" && kotlin && tokens.IsIdentifier(i - 1, "enum") && tokens.IsPunctuation(i + 2, "("))
            {
                // enum class Color(val rgb: Int) { RED(1), ... }
                var close = tokens.MatchingClose(i + 2);
                AddEnum(tokens, name, close < 0 ? -1 : close + 1);
            }
            else if (isEnum)
            {
                AddEnum(tokens, name, i + 2);
            }
            else if ((token.Value == "record" || (kotlin && token.Value == "class" && tokens.IsIdentifier(i - 1, "data")))
                && tokens.IsPunctuation(i + 2, "("))
            {
                records.TryAdd(name, (tokens, i + 2, kotlin));
            }
        }
    }

    private void AddEnum(TokenList tokens, string name, int open)
    {
        // Skip "implements X" and the like up to the body.
        while (open >= 0 && open < tokens.Count && !tokens.IsPunctuation(open, "{") && !tokens.IsPunctuation(open, ";"))
        {
            open++;
        }

        if (open < 0 || !tokens.IsPunctuation(open, "{"))
        {
            return;
        }

        var close = tokens.MatchingClose(open);
        var end = close < 0 ? tokens.Count : close;
        var constants = new List<string>();
        var expectName = true;
        for (var i = open + 1; i < end; i++)
        {
            var token = tokens[i];
            if (token.IsPunctuation(";"))
            {
                break;
            }

            if (token.IsPunctuation("@"))
            {
                var annotation = JavaAnnotation.Read(tokens, i);
                i = annotation is null ? i : annotation.Value.End - 1;
                continue;
            }

            if (expectName && token.IsIdentifier())
            {
                constants.Add(token.Value);
                expectName = false;
            }
            else if (token.IsPunctuation(","))
            {
                expectName = true;
            }
            else if (token.Kind == TokenKind.Punctuation && token.Value is "(" or "{")
            {
                var match = tokens.MatchingClose(i);
                i = match > i ? match : i;
            }
        }

        enums.TryAdd(name, constants);
    }
}
