using System.Runtime.CompilerServices;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>
/// The files of one Go package (the .go files of a folder, tests excluded), shared by every file of the package
/// for one extraction context: string constants of the whole package, and the functions and types a tool's
/// handler refers to. Files are scanned as they are needed, not up front: a name missing from the files read so
/// far is looked for in the package's other files whose text mentions it, so a large package costs only what its
/// tools refer to. Nothing is type-checked; names are matched as written.
/// </summary>
internal sealed class GoPackageIndex
{
    // Each name not found in the files read so far costs a text search of the rest of the package; a file
    // that asks for thousands of different missing names stops searching here.

    private static readonly ConditionalWeakTable<ExtractionContext, PackageCache> Packages = new();

    private readonly Dictionary<string, TokenList> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> constants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GoDeclaration> types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GoDeclaration> functions = new(StringComparer.Ordinal);
    private readonly MentionedFileReader mentions;
    private CancellationToken cancellation;

    private GoPackageIndex(IEnumerable<SourceFile> sources)
    {
        mentions = new MentionedFileReader(sources, Read);
        Constants = new LazyConstantTable(constants, ReadFilesMentioning);
    }

    /// <summary>The package's string constants; a name not yet seen is looked up in the files that mention it.</summary>
    public IReadOnlyDictionary<string, string> Constants { get; }

    /// <summary>The package of <paramref name="file"/>, kept for the rest of the context, with that file read.</summary>
    public static GoPackageIndex For(SourceFile file, ExtractionContext context)
    {
        var folder = Folder(file.Path);
        var cache = Packages.GetValue(context, _ => new PackageCache());
        GoPackageIndex? index;
        lock (cache)
        {
            if (!cache.Indexes.TryGetValue(folder, out index))
            {
                cache.FilesByFolder ??= context.Files.Where(f => IsPackageFile(f.Path)).ToLookup(f => Folder(f.Path), StringComparer.Ordinal);
                index = new GoPackageIndex(cache.FilesByFolder[folder]);
                cache.Indexes[folder] = index;
            }
        }

        index.cancellation = context.Cancellation;
        if (!index.files.ContainsKey(file.Path))
        {
            index.mentions.MarkRead(file.Path);
            index.Read(file);
        }

        return index;
    }

    public static bool IsPackageFile(string path) =>
        path.EndsWith(".go", StringComparison.OrdinalIgnoreCase) && !path.EndsWith("_test.go", StringComparison.OrdinalIgnoreCase);

    /// <summary>The scanned tokens of a file of this package that <see cref="For"/> was called with.</summary>
    public TokenList TokensOf(string path) => files[path];

    /// <summary>For <c>type Name T</c>: the index of T's first token (for a struct, the <c>struct</c> keyword).</summary>
    public GoDeclaration? FindType(string name) => Find(types, name);

    /// <summary>For <c>func Name(</c> or a method <c>func (r R) Name(</c>: the index of the parameter list's "(".</summary>
    public GoDeclaration? FindFunction(string name) => Find(functions, name);

    private GoDeclaration? Find(Dictionary<string, GoDeclaration> declarations, string name)
    {
        if (!declarations.ContainsKey(name))
        {
            ReadFilesMentioning(name);
        }

        return declarations.TryGetValue(name, out var found) ? found : null;
    }

    private void ReadFilesMentioning(string name) => mentions.ReadFilesMentioning(name);

    private void Read(SourceFile file)
    {
        var tokens = CodeScanner.Scan(file.Text, ScannerLanguage.Go, cancellation);
        foreach (var (name, value) in StringConstants.Collect(tokens, cancellation: cancellation))
        {
            constants.TryAdd(name, value);
        }

        IndexDeclarations(tokens);
        files[file.Path] = tokens;
    }

    private void IndexDeclarations(TokenList tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            if (token.IsIdentifier("func"))
            {
                IndexFunction(tokens, i);
            }
            else if (token.IsIdentifier("type"))
            {
                IndexTypes(tokens, i);
            }
        }
    }

    private void IndexFunction(TokenList tokens, int funcIndex)
    {
        var next = funcIndex + 1;
        if (tokens.IsPunctuation(next, "("))
        {
            // A method: skip the receiver.
            var close = tokens.MatchingClose(next);
            if (close < 0)
            {
                return;
            }

            next = close + 1;
        }

        if (tokens[next].IsIdentifier() && tokens.IsPunctuation(next + 1, "("))
        {
            functions.TryAdd(tokens[next].Value, new GoDeclaration(tokens, next + 1));
        }
        else if (tokens[next].IsIdentifier() && tokens.IsPunctuation(next + 1, "["))
        {
            // A generic function: func Name[T any](...).
            var close = tokens.MatchingClose(next + 1);
            if (close > 0 && tokens.IsPunctuation(close + 1, "("))
            {
                functions.TryAdd(tokens[next].Value, new GoDeclaration(tokens, close + 1));
            }
        }
    }

    private void IndexTypes(TokenList tokens, int typeIndex)
    {
        if (!tokens.IsPunctuation(typeIndex + 1, "("))
        {
            AddType(tokens, typeIndex + 1);
            return;
        }

        // type ( A struct{...}; B string ): each spec starts a line inside the parentheses.
        var close = tokens.MatchingClose(typeIndex + 1);
        for (var i = typeIndex + 2; i < close; i++)
        {
            if (tokens[i].FirstOnLine && tokens[i].IsIdentifier())
            {
                AddType(tokens, i);
            }

            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Value is "{" or "(" or "[")
            {
                var end = tokens.MatchingClose(i);
                i = end > i ? end : i;
            }
        }
    }

    private void AddType(TokenList tokens, int nameIndex)
    {
        if (!tokens[nameIndex].IsIdentifier())
        {
            return;
        }

        var start = nameIndex + 1;
        if (tokens.IsPunctuation(start, "[") && tokens[start + 1].IsIdentifier() && tokens[start + 2].IsIdentifier())
        {
            // Generic type parameters: type Page[T any] struct{...} (an array type is type A [4]int).
            var close = tokens.MatchingClose(start);
            start = close > 0 ? close + 1 : start;
        }

        if (tokens.IsPunctuation(start, "="))
        {
            start++;
        }

        types.TryAdd(tokens[nameIndex].Value, new GoDeclaration(tokens, start));
    }

    private static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }

    /// <summary>The packages of one context, and its Go files grouped by folder once.</summary>
    private sealed class PackageCache
    {
        public Dictionary<string, GoPackageIndex> Indexes { get; } = new(StringComparer.Ordinal);

        public ILookup<string, SourceFile>? FilesByFolder { get; set; }
    }
}
