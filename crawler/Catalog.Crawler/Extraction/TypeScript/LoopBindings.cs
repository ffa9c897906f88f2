using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// The loops over arrays of literal tool objects that enclose a token: <c>for (const t of TOOLS) {...}</c> and
/// <c>TOOLS.forEach((t) =&gt; ...)</c>. Each binding is one object the loop variable takes.
/// </summary>
internal sealed class LoopBindings(TypeScriptReadContext read)
{
    // Loops are only looked at for calls with a non-literal name; a cap keeps hostile files from multiplying the work.
    private const int MaxLoops = 1000;

    private List<Loop>? loops;

    public readonly record struct Binding(string Variable, TypeScriptModule Module, int Open);

    private readonly record struct Loop(string Variable, TokenRange Source, int BodyStart, int BodyEnd);

    /// <summary>The bindings of the loops of the root module that enclose the token at <paramref name="index"/>.</summary>
    public IEnumerable<Binding> For(int index)
    {
        var module = read.Root;
        loops ??= [.. FindLoops(module).Take(MaxLoops)];
        foreach (var loop in loops)
        {
            if (index <= loop.BodyStart || index >= loop.BodyEnd)
            {
                continue;
            }

            foreach (var (objectModule, open) in read.ObjectsOfArray(module, loop.Source))
            {
                yield return new Binding(loop.Variable, objectModule, open);
            }
        }
    }

    private static IEnumerable<Loop> FindLoops(TypeScriptModule module)
    {
        var tokens = module.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsIdentifier("for") && tokens.IsPunctuation(i + 1, "(") && tokens[i + 2].Value is "const" or "let" or "var"
                && tokens[i + 3].Kind == TokenKind.Identifier && tokens.IsIdentifier(i + 4, "of"))
            {
                var close = tokens.MatchingClose(i + 1);
                if (close > 0)
                {
                    var bodyEnd = tokens.IsPunctuation(close + 1, "{") ? tokens.MatchingClose(close + 1) : module.ExpressionAt(close + 1).End;
                    yield return new Loop(tokens[i + 3].Value, new TokenRange(i + 5, close), close, bodyEnd < 0 ? close : bodyEnd);
                }
            }
            else if (tokens[i].IsIdentifier("forEach") && tokens.IsPunctuation(i - 1, ".") && tokens.IsPunctuation(i + 1, "("))
            {
                var close = tokens.MatchingClose(i + 1);
                var variable = tokens.IsPunctuation(i + 2, "(") ? i + 3 : i + 2;
                var arrow = variable == i + 3 ? i + 5 : i + 3;
                if (close > 0 && tokens[variable].Kind == TokenKind.Identifier && tokens.IsPunctuation(arrow, "=>"))
                {
                    var sourceStart = SourceStart(tokens, i - 1);
                    yield return new Loop(tokens[variable].Value, new TokenRange(sourceStart, i - 1), i + 1, close);
                }
            }
        }
    }

    /// <summary>The start of the array expression before ".forEach": a name or a bracketed literal.</summary>
    private static int SourceStart(TokenList tokens, int dot)
    {
        var last = dot - 1;
        return tokens.IsPunctuation(last, "]") && tokens.MatchingOpen(last) >= 0 ? tokens.MatchingOpen(last) : last;
    }
}
