using System.Text;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>
/// One scanned Python file: its tokens, string constants, module-level <c>NAME = value</c> bindings, the functions it
/// defines and the names it imports with <c>from X import a, b as c</c>.
/// </summary>
internal sealed class PythonModule
{
    private readonly Dictionary<string, TokenRange> bindings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string From, string Name)> imports = new(StringComparer.Ordinal);

    private PythonModule(SourceFile file, TokenList tokens, IReadOnlyDictionary<string, string> constants)
    {
        File = file;
        Tokens = tokens;
        Constants = constants;
    }

    public SourceFile File { get; }

    public TokenList Tokens { get; }

    public IReadOnlyDictionary<string, string> Constants { get; }

    public static PythonModule Parse(SourceFile file, CancellationToken cancellation)
    {
        var tokens = PythonScanner.Scan(file.Text, cancellation);
        var module = new PythonModule(file, tokens, StringConstants.Collect(tokens, adjacentConcatenation: true, cancellation));
        module.IndexBindings(cancellation);
        return module;
    }

    /// <summary>The value bound to a name at the start of a line (<c>NAME = ...</c> or <c>NAME: T = ...</c>), first binding wins.</summary>
    public TokenRange? Binding(string name) => bindings.TryGetValue(name, out var range) ? range : null;

    /// <summary>
    /// A description: fixed text (literals, constants, adjacent or "+" concatenation), or adjacent literals some of
    /// which are f-strings, kept as the source writes them with their <c>{...}</c> fields. Null for anything else.
    /// </summary>
    public string? ReadDescription(TokenRange range)
    {
        if (Tokens.TryReadString(range, Constants, out var text, adjacentConcatenation: true))
        {
            return text;
        }

        while (range.Length > 2 && Tokens.IsPunctuation(range.Start, "(") && Tokens.MatchingClose(range.Start) == range.End - 1)
        {
            range = new TokenRange(range.Start + 1, range.End - 1);
        }

        var builder = new StringBuilder();
        for (var i = range.Start; i < range.End; i++)
        {
            if (Tokens[i].Kind != TokenKind.String)
            {
                return null;
            }

            builder.Append(Tokens[i].Value);
        }

        return range.IsEmpty ? null : builder.ToString();
    }

    /// <summary>The index of the name after <c>def</c> of the first function called <paramref name="name"/>, or -1.</summary>
    public int FunctionName(string name) => functions.GetValueOrDefault(name, -1);

    /// <summary>Where a name comes from when the file imports it with <c>from X import name</c> (or <c>... as local</c>).</summary>
    public bool TryGetImport(string local, out string from, out string name)
    {
        var found = imports.TryGetValue(local, out var entry);
        (from, name) = entry;
        return found;
    }

    /// <summary>
    /// The line indentation of the token at <paramref name="index"/>: the columns before the first token of its line.
    /// Tabs count as one column, which is enough to compare lines of one file.
    /// </summary>
    public int IndentOf(int index)
    {
        var i = index;
        while (i > 0 && !Tokens[i].FirstOnLine)
        {
            i--;
        }

        var start = Tokens[i].Start;
        var lineStart = start;
        while (lineStart > 0 && Tokens.Source[lineStart - 1] != '\n' && Tokens.Source[lineStart - 1] != '\r')
        {
            lineStart--;
        }

        return start - lineStart;
    }

    /// <summary>
    /// The extent of a Python expression starting at <paramref name="start"/>: up to a top-level "," or ")" / "]" / "}",
    /// or the first token that starts a new line outside brackets.
    /// </summary>
    public TokenRange ExpressionAt(int start)
    {
        var i = start;
        while (i < Tokens.Count)
        {
            var token = Tokens[i];
            if (i > start && token.FirstOnLine)
            {
                break;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Value is "," or ")" or "]" or "}" or ";")
                {
                    break;
                }

                if (token.Value is "(" or "[" or "{")
                {
                    var close = Tokens.MatchingClose(i);
                    if (close < 0)
                    {
                        return new TokenRange(start, i);
                    }

                    i = close + 1;
                    continue;
                }
            }

            i++;
        }

        return new TokenRange(start, i);
    }

    /// <summary>The index of the "=" after an annotation that starts at <paramref name="start"/>, or -1.</summary>
    private int AnnotationEnd(int start)
    {
        for (var i = start; i < Tokens.Count && (i == start || !Tokens[i].FirstOnLine); i++)
        {
            if (Tokens.IsPunctuation(i, "="))
            {
                return i;
            }

            if (Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Value is "(" or "[" or "{")
            {
                var close = Tokens.MatchingClose(i);
                if (close < 0)
                {
                    return -1;
                }

                i = close;
            }
        }

        return -1;
    }

    private void IndexBindings(CancellationToken cancellation)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var token = Tokens[i];
            if (token.IsIdentifier("def") && Tokens[i + 1].Kind == TokenKind.Identifier && Tokens.IsPunctuation(i + 2, "("))
            {
                functions.TryAdd(Tokens[i + 1].Value, i + 1);
            }
            else if (token.IsIdentifier("from") && token.FirstOnLine)
            {
                ReadFromImport(i);
            }

            if (!token.FirstOnLine || token.Kind != TokenKind.Identifier)
            {
                continue;
            }

            var equals = i + 1;
            if (Tokens.IsPunctuation(equals, ":"))
            {
                // NAME: Annotation = value
                equals = AnnotationEnd(i + 2);
            }

            if (Tokens.IsPunctuation(equals, "=") && !Tokens[equals + 1].FirstOnLine)
            {
                bindings.TryAdd(token.Value, ExpressionAt(equals + 1));
            }
        }
    }

    /// <summary>Records <c>from X import a, b as c</c> and its parenthesised form; X keeps its leading dots.</summary>
    private void ReadFromImport(int fromIndex)
    {
        var i = fromIndex + 1;
        var module = new StringBuilder();
        while ((Tokens[i].Kind == TokenKind.Identifier && !Tokens[i].IsIdentifier("import")) || Tokens.IsPunctuation(i, ".") || Tokens.IsPunctuation(i, "..") || Tokens.IsPunctuation(i, "..."))
        {
            module.Append(Tokens[i].Value);
            i++;
        }

        if (!Tokens.IsIdentifier(i, "import") || module.Length == 0)
        {
            return;
        }

        i++;
        var parenthesised = Tokens.IsPunctuation(i, "(");
        var end = parenthesised ? Tokens.MatchingClose(i) : -1;
        if (parenthesised)
        {
            if (end < 0)
            {
                return;
            }

            i++;
        }

        while (i < Tokens.Count && Tokens[i].Kind == TokenKind.Identifier && (parenthesised ? i < end : !Tokens[i].FirstOnLine))
        {
            var name = Tokens[i].Value;
            var local = name;
            i++;
            if (Tokens.IsIdentifier(i, "as") && Tokens[i + 1].Kind == TokenKind.Identifier)
            {
                local = Tokens[i + 1].Value;
                i += 2;
            }

            imports.TryAdd(local, (module.ToString(), name));
            if (!Tokens.IsPunctuation(i, ","))
            {
                break;
            }

            i++;
        }
    }
}
