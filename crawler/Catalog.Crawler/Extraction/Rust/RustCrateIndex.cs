using System.Runtime.CompilerServices;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Rust;

/// <summary>
/// The structs, enums and string constants of the .rs files of a server, for one extraction context. Files are
/// scanned as they are needed: a name missing from the files read so far is looked for in the other files whose
/// text mentions it, so a large crate costs only what its tools refer to. Types are found by simple name; when
/// two files declare the same name, the file being read wins, then the first file read.
/// </summary>
internal sealed class RustCrateIndex
{
    // Each name not found in the files read so far costs a text search of the rest of the crate; a file that asks
    // for thousands of different missing names stops searching here.

    private static readonly ConditionalWeakTable<ExtractionContext, RustCrateIndex> Crates = new();

    private readonly Dictionary<string, TokenList> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RustTypeDeclaration> firstTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, string Name), RustTypeDeclaration> typesByFile = [];
    private readonly Dictionary<string, string> constants = new(StringComparer.Ordinal);
    private readonly MentionedFileReader mentions;
    private CancellationToken cancellation;

    private RustCrateIndex(IEnumerable<SourceFile> sources)
    {
        mentions = new MentionedFileReader(sources, Read);
        Constants = new LazyConstantTable(constants, ReadFilesMentioning);
    }

    /// <summary>The crate's string constants; a name not yet seen is looked up in the files that mention it.</summary>
    public IReadOnlyDictionary<string, string> Constants { get; }

    /// <summary>The crate of <paramref name="file"/>, kept for the rest of the context, with that file read.</summary>
    public static RustCrateIndex For(SourceFile file, ExtractionContext context)
    {
        RustCrateIndex index;
        lock (Crates)
        {
            index = Crates.GetValue(context, c => new RustCrateIndex(c.Files.Where(f => f.Extension == ".rs")));
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

    public RustTypeDeclaration? FindType(string name, string preferredPath)
    {
        if (typesByFile.TryGetValue((preferredPath, name), out var local))
        {
            return local;
        }

        if (!firstTypes.ContainsKey(name))
        {
            ReadFilesMentioning(name);
        }

        return firstTypes.GetValueOrDefault(name);
    }

    private void ReadFilesMentioning(string name) => mentions.ReadFilesMentioning(name);

    private void Read(SourceFile file)
    {
        var tokens = CodeScanner.Scan(file.Text, ScannerLanguage.Rust, cancellation);
        foreach (var (name, value) in StringConstants.Collect(tokens, cancellation: cancellation))
        {
            constants.TryAdd(name, value);
        }

        IndexTypes(file.Path, tokens, cancellation);
        files[file.Path] = tokens;
    }

    private void IndexTypes(string path, TokenList tokens, CancellationToken cancellation)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            if (token.Kind != TokenKind.Identifier || token.Value is not ("struct" or "enum") || !tokens[i + 1].IsIdentifier())
            {
                continue;
            }

            var open = i + 2;
            if (tokens.IsPunctuation(open, "<"))
            {
                var close = tokens.MatchingAngle(open);
                open = close < 0 ? -1 : close + 1;
            }

            while (open >= 0 && tokens.IsIdentifier(open, "where"))
            {
                // where clauses end at the body's "{".
                while (open < tokens.Count && !tokens.IsPunctuation(open, "{") && !tokens.IsPunctuation(open, ";"))
                {
                    open++;
                }
            }

            if (open < 0 || !tokens.IsPunctuation(open, "{"))
            {
                continue;
            }

            var attributes = AttributesBefore(tokens, i);
            var name = tokens[i + 1].Value;
            var declaration = new RustTypeDeclaration(tokens, open, token.Value == "enum", attributes);
            firstTypes.TryAdd(name, declaration);
            typesByFile.TryAdd((path, name), declaration);
        }
    }

    // Walks back over "pub", "pub(crate)" and #[...] groups to the attributes of the item at keywordIndex.
    private static List<RustAttribute> AttributesBefore(TokenList tokens, int keywordIndex)
    {
        var attributes = new List<RustAttribute>();
        var i = keywordIndex - 1;
        while (i >= 0)
        {
            if (tokens.IsIdentifier(i, "pub") || tokens[i].Kind == TokenKind.DocComment)
            {
                i--;
            }
            else if (tokens.IsPunctuation(i, ")") && tokens.IsIdentifier(tokens.MatchingOpen(i) - 1, "pub"))
            {
                i = tokens.MatchingOpen(i) - 2;
            }
            else if (tokens.IsPunctuation(i, "]") && tokens.MatchingOpen(i) is var open and > 0 && tokens.IsPunctuation(open - 1, "#")
                && RustAttribute.Read(tokens, open - 1) is { } attribute)
            {
                attributes.Add(attribute);
                i = open - 2;
            }
            else
            {
                break;
            }
        }

        attributes.Reverse();
        return attributes;
    }
}
