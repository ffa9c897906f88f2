using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// One scanned TypeScript/JavaScript file with what the readers look up in it: its string constants, the value
/// of every top-level-looking <c>const/let/var NAME = ...</c> declaration, its <c>function NAME(...)</c>
/// declarations, which of those it exports, and its named imports.
/// </summary>
internal sealed class TypeScriptModule
{
    private static readonly HashSet<string> ContinuationStarts = [".", "?.", "+", "-", "*", "/", "||", "&&", "??", "?", ":", ")", "]", "}", "=>"];

    private readonly Dictionary<string, int> declarations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> functions = new(StringComparer.Ordinal);
    private readonly List<string> exported = [];
    private readonly Dictionary<string, (string From, string Exported)> imports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> namespaces = new(StringComparer.Ordinal);

    private TypeScriptModule(SourceFile file, TokenList tokens)
    {
        File = file;
        Tokens = tokens;
    }

    public SourceFile File { get; }

    public TokenList Tokens { get; }

    public IReadOnlyDictionary<string, string> Constants { get; private set; } = new Dictionary<string, string>();

    public static TypeScriptModule Parse(SourceFile file, CancellationToken cancellation)
    {
        var tokens = CodeScanner.Scan(file.Text, ScannerLanguage.TypeScript, cancellation);
        var module = new TypeScriptModule(file, tokens);
        module.Constants = StringConstants.Collect(tokens, cancellation: cancellation);
        module.IndexDeclarations(cancellation);
        return module;
    }

    /// <summary>The index of the first token of the value declared as <paramref name="name"/>, or -1.</summary>
    public int DeclarationValue(string name) => declarations.GetValueOrDefault(name, -1);

    /// <summary>The names declared with <c>export const/let/var</c> or <c>export function</c>, in source order.</summary>
    public IReadOnlyList<string> ExportedNames => exported;

    /// <summary>
    /// The tokens of a function declared as <paramref name="name"/>: from its parameter list to the end of its body;
    /// null when the file declares no such function.
    /// </summary>
    public TokenRange? FunctionDeclaration(string name)
    {
        if (!functions.TryGetValue(name, out var open))
        {
            return null;
        }

        var close = Tokens.MatchingClose(open);
        if (close < 0)
        {
            return null;
        }

        var body = close + 1;
        if (Tokens.IsPunctuation(body, ":"))
        {
            body = AfterReturnType(body + 1);
        }

        var end = body >= 0 && Tokens.IsPunctuation(body, "{") ? Tokens.MatchingClose(body) : -1;
        return end < 0 ? null : new TokenRange(open, end + 1);
    }

    /// <summary>The specifier of a namespace import (<c>import * as ns from "./x.js"</c>) named <paramref name="localName"/>.</summary>
    public bool TryGetNamespace(string localName, out string from) => namespaces.TryGetValue(localName, out from!);

    public bool TryGetImport(string localName, out string from, out string exported)
    {
        var found = imports.TryGetValue(localName, out var entry);
        (from, exported) = entry;
        return found;
    }

    /// <summary>
    /// The extent of the expression starting at <paramref name="start"/>: up to a top-level ";" or ",", an unmatched
    /// closer, or a new line that does not continue the expression. A trailing <c>as T</c> / <c>satisfies T</c> is excluded.
    /// </summary>
    public TokenRange ExpressionAt(int start)
    {
        var i = start;
        while (i < Tokens.Count)
        {
            var token = Tokens[i];
            if (i > start && token.FirstOnLine && !(token.Kind == TokenKind.Punctuation && ContinuationStarts.Contains(token.Value))
                && !(Tokens[i - 1].Kind == TokenKind.Punctuation && Tokens[i - 1].Value is "+" or "=>" or "," or "(" or "." or ":" or "?" or "||" or "&&" or "??" or "="))
            {
                break;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Value is ";" or "," or ")" or "]" or "}")
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

            if (i > start && token.Kind == TokenKind.Identifier && token.Value is "as" or "satisfies")
            {
                break;
            }

            i++;
        }

        return new TokenRange(start, i);
    }

    private void IndexDeclarations(CancellationToken cancellation)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var token = Tokens[i];
            if (token.Kind != TokenKind.Identifier)
            {
                continue;
            }

            if (token.Value is "const" or "let" or "var" && Tokens[i + 1].Kind == TokenKind.Identifier)
            {
                var valueStart = FindInitializer(i + 2);
                if (valueStart > 0 && declarations.TryAdd(Tokens[i + 1].Value, valueStart) && IsExported(i))
                {
                    exported.Add(Tokens[i + 1].Value);
                }
            }
            else if (token.Value == "function" && !Tokens.IsPunctuation(i - 1, ".") && Tokens[i + 1].Kind == TokenKind.Identifier
                && Tokens.IsPunctuation(i + 2, "("))
            {
                if (functions.TryAdd(Tokens[i + 1].Value, i + 2) && IsExported(i))
                {
                    exported.Add(Tokens[i + 1].Value);
                }
            }
            else if (token.Value == "enum" && Tokens[i + 1].Kind == TokenKind.Identifier && Tokens.IsPunctuation(i + 2, "{"))
            {
                // An enum body reads like an object whose members are KEY = value.
                declarations.TryAdd(Tokens[i + 1].Value, i + 2);
            }
            else if (token.Value == "import" && !Tokens.IsPunctuation(i + 1, "("))
            {
                ReadImport(i);
            }
        }
    }

    /// <summary>
    /// The index of a function body's "{" after a return type starting at <paramref name="i"/>: generic arguments and
    /// brackets are stepped over, and a "{" that follows ":", "|", "&amp;", "&lt;" or "," is an object type, not the body.
    /// </summary>
    private int AfterReturnType(int i)
    {
        for (var guard = 0; guard < 200 && i < Tokens.Count; guard++)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Value == "{" && !(Tokens[i - 1].Kind == TokenKind.Punctuation && Tokens[i - 1].Value is ":" or "|" or "&" or "<" or ","))
                {
                    return i;
                }

                var skip = token.Value == "<" ? TypeArgumentsEnd(i) : token.Value is "{" or "(" or "[" ? Tokens.MatchingClose(i) : i;
                if (skip < 0 || token.Value is ";" or "=")
                {
                    return -1;
                }

                i = Math.Max(skip, i) + 1;
                continue;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The "&gt;" closing type arguments opened at <paramref name="open"/>, stepping over object types inside; -1 if none.</summary>
    private int TypeArgumentsEnd(int open)
    {
        var depth = 0;
        for (var i = open; i < Tokens.Count && i < open + 400; i++)
        {
            var token = Tokens[i];
            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            switch (token.Value)
            {
                case "<":
                    depth++;
                    break;
                case ">":
                    depth--;
                    break;
                case ">>":
                    depth -= 2;
                    break;
                case "(" or "[" or "{":
                    var close = Tokens.MatchingClose(i);
                    if (close < 0)
                    {
                        return -1;
                    }

                    i = close;
                    break;
                case ";" or "=":
                    return -1;
            }

            if (depth <= 0)
            {
                return depth == 0 ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>True when the declaration keyword at <paramref name="keyword"/> follows <c>export</c> (or <c>export async</c>).</summary>
    private bool IsExported(int keyword)
    {
        var before = Tokens.IsIdentifier(keyword - 1, "async") ? keyword - 2 : keyword - 1;
        return before >= 0 && Tokens.IsIdentifier(before, "export");
    }

    /// <summary>After a declared name: skips a type annotation and returns the index after "=", or -1.</summary>
    private int FindInitializer(int i)
    {
        if (Tokens.IsPunctuation(i, "="))
        {
            return i + 1;
        }

        if (!Tokens.IsPunctuation(i, ":"))
        {
            return -1;
        }

        // A type annotation: skip to the top-level "=" on the same statement, jumping brackets and type arguments.
        for (var j = i + 1; j < Tokens.Count && j < i + 200; j++)
        {
            var token = Tokens[j];
            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            switch (token.Value)
            {
                case "=":
                    return j + 1;
                case "(" or "[" or "{":
                    var close = Tokens.MatchingClose(j);
                    if (close < 0)
                    {
                        return -1;
                    }

                    j = close;
                    break;
                case "<":
                    var angle = Tokens.MatchingAngle(j);
                    if (angle > 0)
                    {
                        j = angle;
                    }

                    break;
                case ";" or "," or ")" or "]" or "}":
                    return -1;
            }
        }

        return -1;
    }

    private void ReadImport(int importIndex)
    {
        // import Default, { A, B as C } from "./x.js"; only the braced names matter here.
        var i = importIndex + 1;
        if (Tokens.IsIdentifier(i, "type"))
        {
            return;
        }

        if (Tokens.IsPunctuation(i, "*") && Tokens.IsIdentifier(i + 1, "as") && Tokens[i + 2].Kind == TokenKind.Identifier
            && Tokens.IsIdentifier(i + 3, "from") && Tokens[i + 4].IsPlainString)
        {
            namespaces.TryAdd(Tokens[i + 2].Value, Tokens[i + 4].Value);
            return;
        }

        while (i < Tokens.Count && i < importIndex + 8 && !Tokens.IsPunctuation(i, "{") && !Tokens.IsPunctuation(i, ";"))
        {
            i++;
        }

        var close = Tokens.MatchingClose(i);
        if (!Tokens.IsPunctuation(i, "{") || close < 0 || !Tokens.IsIdentifier(close + 1, "from") || !Tokens[close + 2].IsPlainString)
        {
            return;
        }

        var from = Tokens[close + 2].Value;
        foreach (var part in Tokens.SplitArguments(i))
        {
            var first = Tokens[part.Start];
            if (first.IsIdentifier("type"))
            {
                continue;
            }

            var exported = first.Value;
            var local = part.Length == 3 && Tokens.IsIdentifier(part.Start + 1, "as") ? Tokens[part.Start + 2].Value : exported;
            if (part.Length is 1 or 3)
            {
                imports.TryAdd(local, (from, exported));
            }
        }
    }
}
