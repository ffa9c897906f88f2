using System.Text;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Java;

/// <summary>
/// Folds Java and Kotlin string expressions into text: literals and text blocks, '+' concatenations, parentheses,
/// constants by simple or qualified name (<c>Descriptions.SEARCH</c>), and Kotlin's <c>.trimIndent()</c>. Anything
/// else (a method call, a Kotlin template with substitutions) is not fixed text: null.
/// </summary>
internal sealed class JavaStrings(TokenList tokens, IReadOnlyDictionary<string, string> constants)
{
    private const int MaxDepth = 32;

    // Constants built by doubling (A = B + B, B = C + C, ...) stop being text worth keeping past this length.
    private const int MaxLength = 1 << 20;

    public string? Read(TokenRange range)
    {
        if (range.IsEmpty)
        {
            return null;
        }

        var builder = new StringBuilder();
        return Concatenation(range.Start, range.End, builder, 0) == range.End && builder.Length <= MaxLength ? builder.ToString() : null;
    }

    /// <summary>Reads operands joined by '+' from <paramref name="start"/>; the index after the last one, or -1.</summary>
    private int Concatenation(int start, int end, StringBuilder builder, int depth)
    {
        var next = Operand(start, end, builder, depth);
        while (next > 0 && next < end && tokens.IsPunctuation(next, "+") && builder.Length <= MaxLength)
        {
            next = Operand(next + 1, end, builder, depth);
        }

        return next;
    }

    private int Operand(int index, int end, StringBuilder builder, int depth)
    {
        if (index >= end || depth > MaxDepth)
        {
            return -1;
        }

        var token = tokens[index];
        if (token.IsPlainString)
        {
            var next = index + 1;
            var text = token.Value;
            if (tokens.IsPunctuation(next, ".") && tokens.IsIdentifier(next + 1, "trimIndent") && tokens.IsPunctuation(next + 2, "("))
            {
                text = TrimIndent(text);
                next += 4;
            }

            builder.Append(text);
            return next;
        }

        if (token.IsPunctuation("("))
        {
            var close = tokens.MatchingClose(index);
            if (close < 0 || close >= end)
            {
                return -1;
            }

            return Concatenation(index + 1, close, builder, depth + 1) == close ? close + 1 : -1;
        }

        if (token.IsIdentifier())
        {
            // A.B.NAME: the last segment names the constant.
            var last = index;
            while (last + 2 < end && tokens.IsPunctuation(last + 1, ".") && tokens[last + 2].IsIdentifier())
            {
                last += 2;
            }

            if (tokens.IsPunctuation(last + 1, "(") || !constants.TryGetValue(tokens[last].Value, out var value))
            {
                return -1;
            }

            builder.Append(value);
            return last + 1;
        }

        return -1;
    }

    // Kotlin's trimIndent: drop blank first and last lines and the indentation common to the other lines.
    private static string TrimIndent(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }

        if (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
