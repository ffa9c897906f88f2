using System.Runtime.CompilerServices;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Rust;

/// <summary>
/// The structs, enums and string constants of every .rs file of a server, scanned once per extraction context.
/// Types are found by simple name; when two files declare the same name, the file being read wins, then the
/// first by path.
/// </summary>
internal sealed class RustCrateIndex
{
    private static readonly ConditionalWeakTable<ExtractionContext, RustCrateIndex> Crates = new();

    private readonly Dictionary<string, TokenList> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RustTypeDeclaration> firstTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, string Name), RustTypeDeclaration> typesByFile = [];
    private readonly Dictionary<string, string> constants = new(StringComparer.Ordinal);

    private RustCrateIndex(IEnumerable<SourceFile> sources, CancellationToken cancellation)
    {
        foreach (var source in sources.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var tokens = CodeScanner.Scan(source.Text, ScannerLanguage.Rust, cancellation);
            files[source.Path] = tokens;
            foreach (var (name, value) in StringConstants.Collect(tokens, cancellation: cancellation))
            {
                constants.TryAdd(name, value);
            }

            IndexTypes(source.Path, tokens, cancellation);
        }
    }

    public IReadOnlyDictionary<string, string> Constants => constants;

    public static RustCrateIndex For(SourceFile file, ExtractionContext context)
    {
        lock (Crates)
        {
            if (!Crates.TryGetValue(context, out var index) || !index.files.ContainsKey(file.Path))
            {
                var sources = context.Files.Where(f => f.Extension == ".rs").ToList();
                if (!sources.Any(s => s.Path == file.Path))
                {
                    sources.Add(file);
                }

                index = new RustCrateIndex(sources, context.Cancellation);
                Crates.AddOrUpdate(context, index);
            }

            return index;
        }
    }

    public TokenList TokensOf(string path) => files[path];

    public RustTypeDeclaration? FindType(string name, string preferredPath)
    {
        return typesByFile.TryGetValue((preferredPath, name), out var local) ? local : firstTypes.GetValueOrDefault(name);
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
