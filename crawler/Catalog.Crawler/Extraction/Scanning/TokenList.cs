using System.Collections;
using System.Text;

namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// The tokens of one file with the cursor helpers extractors walk them with: bracket matching (computed once, in
/// linear time, with recovery for broken nesting), argument splitting, call finding and string expressions.
/// Reading outside the list is allowed and yields an <see cref="TokenKind.EndOfFile"/> token, so look-ahead needs no bounds checks.
/// </summary>
public sealed class TokenList : IEnumerable<Token>
{
    private const int MaxAngleLookahead = 256;
    private const int MaxStringExpressionDepth = 32;

    private static readonly HashSet<string> AngleStoppers = [";", ")", "]", "}", "&&", "||", "==", "!=", "===", "!==", "{"];

    private readonly List<Token> tokens;
    private readonly int[] matches;

    internal TokenList(string source, List<Token> tokens, CancellationToken cancellation)
    {
        Source = source;
        this.tokens = tokens;
        matches = MatchBrackets(tokens, cancellation);
    }

    public string Source { get; }

    public int Count => tokens.Count;

    /// <summary>The token at <paramref name="index"/>, or an end-of-file token (line of the last token) when out of range.</summary>
    public Token this[int index] => (uint)index < (uint)tokens.Count
        ? tokens[index]
        : new Token(TokenKind.EndOfFile, string.Empty, tokens.Count == 0 ? 1 : tokens[^1].Line, Source.Length, 0);

    public IEnumerator<Token> GetEnumerator() => tokens.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The source text covered by a range of tokens, from the first token's start to the last one's end.</summary>
    public string SourceText(TokenRange range) =>
        range.IsEmpty ? string.Empty : Source[tokens[range.Start].Start..tokens[Math.Min(range.End, tokens.Count) - 1].End];

    public bool IsPunctuation(int index, string text) => this[index].IsPunctuation(text);

    public bool IsIdentifier(int index, string name) => this[index].IsIdentifier(name);

    /// <summary>For "(", "[" or "{": the index of its closing bracket; for a closer: -1. -1 too when unbalanced.</summary>
    public int MatchingClose(int openIndex) => (uint)openIndex < (uint)tokens.Count && matches[openIndex] > openIndex ? matches[openIndex] : -1;

    /// <summary>For ")", "]" or "}": the index of its opening bracket, or -1.</summary>
    public int MatchingOpen(int closeIndex) =>
        (uint)closeIndex < (uint)tokens.Count && matches[closeIndex] >= 0 && matches[closeIndex] < closeIndex ? matches[closeIndex] : -1;

    /// <summary>
    /// For a "&lt;" that opens type arguments (<c>Map&lt;string, number&gt;</c>): the index of the matching "&gt;", or -1
    /// when it reads as a comparison. A heuristic bounded to a few hundred tokens: it gives up at ";", "{", an
    /// unbalanced closer or a logical operator.
    /// </summary>
    public int MatchingAngle(int openIndex)
    {
        if (!IsPunctuation(openIndex, "<"))
        {
            return -1;
        }

        var depth = 0;
        var limit = Math.Min(tokens.Count, openIndex + MaxAngleLookahead);
        for (var i = openIndex; i < limit; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            switch (token.Value)
            {
                case "<":
                    depth++;
                    break;
                case "<<":
                    depth += 2;
                    break;
                case ">":
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
                case "(" or "[":
                    var close = MatchingClose(i);
                    if (close < 0)
                    {
                        return -1;
                    }

                    i = close;
                    break;
                default:
                    if (AngleStoppers.Contains(token.Value))
                    {
                        return -1;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>
    /// The arguments inside the bracket pair opened at <paramref name="openIndex"/>, split at top-level commas
    /// (commas inside nested brackets, and inside type arguments when <paramref name="angleAware"/>, do not split).
    /// A trailing comma adds no empty argument; "()" gives none. False when the bracket has no matching closer.
    /// </summary>
    public bool TrySplitArguments(int openIndex, out IReadOnlyList<TokenRange> arguments, bool angleAware = true)
    {
        var close = MatchingClose(openIndex);
        if (close < 0)
        {
            arguments = [];
            return false;
        }

        var result = new List<TokenRange>();
        var start = openIndex + 1;
        for (var i = start; i < close; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            if (token.Value is "(" or "[" or "{")
            {
                var match = MatchingClose(i);
                if (match > 0 && match < close)
                {
                    i = match;
                }
            }
            else if (angleAware && token.Value == "<" && this[i - 1].Kind == TokenKind.Identifier)
            {
                var match = MatchingAngle(i);
                if (match > 0 && match < close)
                {
                    i = match;
                }
            }
            else if (token.Value == ",")
            {
                result.Add(new TokenRange(start, i));
                start = i + 1;
            }
        }

        if (start < close)
        {
            result.Add(new TokenRange(start, close));
        }

        arguments = result;
        return true;
    }

    /// <summary>Like <see cref="TrySplitArguments"/>, with an empty list when the bracket is unbalanced.</summary>
    public IReadOnlyList<TokenRange> SplitArguments(int openIndex, bool angleAware = true)
    {
        TrySplitArguments(openIndex, out var arguments, angleAware);
        return arguments;
    }

    /// <summary>The index of the next identifier <paramref name="name"/> at or after <paramref name="from"/> that is directly followed by "(", or -1.</summary>
    public int FindCall(string name, int from = 0)
    {
        for (var i = Math.Max(0, from); i < tokens.Count - 1; i++)
        {
            if (tokens[i].IsIdentifier(name) && tokens[i + 1].IsPunctuation("("))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every identifier <paramref name="name"/> directly followed by "(", in order.</summary>
    public IEnumerable<int> FindCalls(string name)
    {
        for (var i = FindCall(name); i >= 0; i = FindCall(name, i + 1))
        {
            yield return i;
        }
    }

    /// <summary>
    /// Reads a string expression that fills <paramref name="range"/> exactly: string literals with fixed text,
    /// identifiers found in <paramref name="constants"/>, joined by "+" (or by adjacency, Python and C style, when
    /// <paramref name="adjacentConcatenation"/>), optionally in parentheses.
    /// </summary>
    public bool TryReadString(TokenRange range, IReadOnlyDictionary<string, string>? constants, out string value, bool adjacentConcatenation = false)
    {
        if (range.IsEmpty || !TryReadStringExpression(range.Start, constants, out value, out var end, adjacentConcatenation) || end != range.End)
        {
            value = string.Empty;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads the longest string expression starting at <paramref name="start"/> (see <see cref="TryReadString"/>);
    /// <paramref name="end"/> is the index just after it. False when no string expression starts there.
    /// </summary>
    public bool TryReadStringExpression(int start, IReadOnlyDictionary<string, string>? constants, out string value, out int end, bool adjacentConcatenation = false)
    {
        var builder = new StringBuilder();
        var ok = ReadConcatenation(start, constants, adjacentConcatenation, builder, 0, out end);
        value = ok ? builder.ToString() : string.Empty;
        if (!ok)
        {
            end = start;
        }

        return ok;
    }

    private bool ReadConcatenation(int start, IReadOnlyDictionary<string, string>? constants, bool adjacent, StringBuilder builder, int depth, out int end)
    {
        end = start;
        if (!ReadOperand(start, constants, adjacent, builder, depth, out var next))
        {
            return false;
        }

        while (true)
        {
            var joinedByPlus = IsPunctuation(next, "+");
            var operandStart = joinedByPlus ? next + 1 : next;
            if (!joinedByPlus && !(adjacent && this[next].IsPlainString))
            {
                break;
            }

            var mark = builder.Length;
            if (!ReadOperand(operandStart, constants, adjacent, builder, depth, out var after))
            {
                builder.Length = mark;
                if (joinedByPlus)
                {
                    // "a" + someCall(): the whole expression is not fixed text.
                    return false;
                }

                break;
            }

            next = after;
        }

        end = next;
        return true;
    }

    private bool ReadOperand(int index, IReadOnlyDictionary<string, string>? constants, bool adjacent, StringBuilder builder, int depth, out int next)
    {
        next = index;
        var token = this[index];
        if (token.IsPlainString)
        {
            builder.Append(token.Value);
            next = index + 1;
            return true;
        }

        if (token.Kind == TokenKind.Identifier && constants is not null && constants.TryGetValue(token.Value, out var constant)
            && !IsPunctuation(index + 1, ".") && !IsPunctuation(index + 1, "(") && !IsPunctuation(index - 1, "."))
        {
            builder.Append(constant);
            next = index + 1;
            return true;
        }

        if (token.IsPunctuation("(") && depth < MaxStringExpressionDepth)
        {
            var close = MatchingClose(index);
            if (close > index && ReadConcatenation(index + 1, constants, adjacent, builder, depth + 1, out var innerEnd) && innerEnd == close)
            {
                next = close + 1;
                return true;
            }
        }

        return false;
    }

    private static int[] MatchBrackets(List<Token> tokens, CancellationToken cancellation)
    {
        var matches = new int[tokens.Count];
        Array.Fill(matches, -1);
        var stack = new Stack<int>();
        Span<int> openCounts = stackalloc int[3];
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation || token.Value.Length != 1)
            {
                continue;
            }

            var type = BracketType(token.Value[0], out var opens);
            if (type < 0)
            {
                continue;
            }

            if (opens)
            {
                stack.Push(i);
                openCounts[type]++;
                continue;
            }

            // A closer with no opener of its kind is stray; otherwise openers left unclosed above it stay unmatched.
            if (openCounts[type] == 0)
            {
                continue;
            }

            while (stack.Count > 0)
            {
                var open = stack.Pop();
                var openType = BracketType(tokens[open].Value[0], out _);
                openCounts[openType]--;
                if (openType == type)
                {
                    matches[open] = i;
                    matches[i] = open;
                    break;
                }
            }
        }

        return matches;
    }

    private static int BracketType(char c, out bool opens)
    {
        opens = c is '(' or '[' or '{';
        return c switch
        {
            '(' or ')' => 0,
            '[' or ']' => 1,
            '{' or '}' => 2,
            _ => -1,
        };
    }
}
