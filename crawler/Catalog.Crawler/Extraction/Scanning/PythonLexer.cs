using System.Text;

namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>The state machine behind <see cref="PythonScanner"/>; loops only, no recursion.</summary>
internal sealed class PythonLexer
{
    private static readonly string[] ThreeCharOperators = ["**=", "//=", ">>=", "<<=", "..."];

    private static readonly string[] TwoCharOperators =
        ["->", ":=", "==", "!=", "<=", ">=", "**", "//", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "<<", ">>"];

    private readonly string text;
    private readonly CancellationToken cancellation;
    private readonly List<Token> tokens;
    private readonly StringBuilder builder = new();
    private readonly StringPool pool = new();
    private int pos;
    private int line = 1;
    private int lastTokenEndLine;
    private int steps;

    public PythonLexer(string text, CancellationToken cancellation)
    {
        this.text = text;
        this.cancellation = cancellation;
        tokens = new List<Token>(Math.Min(text.Length / 4, 1 << 20) + 16);
    }

    public List<Token> Run()
    {
        while (pos < text.Length)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            ScanNext();
        }

        return tokens;
    }

    private char At(int index) => index < text.Length ? text[index] : '\0';

    private void ScanNext()
    {
        var c = text[pos];
        switch (c)
        {
            case '\n':
                line++;
                pos++;
                return;
            case ' ' or '\t' or '\r' or '\f' or '\v' or '\u00A0' or '\uFEFF':
                pos++;
                return;
            case '\\':
                // An explicit line continuation: the newline it escapes is not a line break in the statement.
                pos++;
                return;
            case '#':
                while (pos < text.Length && text[pos] != '\n')
                {
                    pos++;
                }

                return;
            case '"' or '\'':
                ScanString(pos, pos, raw: false, format: false);
                return;
        }

        if (ScanText.IsDigit(c) || (c == '.' && ScanText.IsDigit(At(pos + 1))))
        {
            ScanNumber();
        }
        else if (ScanText.IsIdentifierStart(c) && c != '$')
        {
            if (!TryScanPrefixedString())
            {
                ScanIdentifier();
            }
        }
        else
        {
            ScanPunctuation();
        }
    }

    private void Emit(TokenKind kind, string value, int start, int startLine, StringKind stringKind = StringKind.None)
    {
        var first = startLine > lastTokenEndLine;
        lastTokenEndLine = line;
        tokens.Add(new Token(kind, value, startLine, start, pos - start) { StringKind = stringKind, FirstOnLine = first });
    }

    private void ScanIdentifier()
    {
        var start = pos;
        while (pos < text.Length && ScanText.IsIdentifierPart(text[pos]) && text[pos] != '$')
        {
            pos++;
        }

        Emit(TokenKind.Identifier, pool.Get(text.AsSpan(start, pos - start)), start, line);
    }

    private void ScanNumber()
    {
        var start = pos;
        var isHex = text[pos] == '0' && At(pos + 1) is 'x' or 'X';
        var seenDot = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                pos++;
            }
            else if (c == '.' && !seenDot && !isHex)
            {
                seenDot = true;
                pos++;
            }
            else if (c is '+' or '-' && !isHex && text[pos - 1] is 'e' or 'E')
            {
                pos++;
            }
            else
            {
                break;
            }
        }

        Emit(TokenKind.Number, text[start..pos], start, line);
    }

    private void ScanPunctuation()
    {
        var start = pos;
        if (text[pos] is '(' or ')' or '[' or ']' or '{' or '}' or ',' or ';' || pos + 1 >= text.Length || !ScanText.IsOperatorChar(text[pos + 1]))
        {
            pos++;
            Emit(TokenKind.Punctuation, ScanText.SingleChar(text[start]), start, line);
            return;
        }

        foreach (var op in ThreeCharOperators)
        {
            if (string.CompareOrdinal(text, pos, op, 0, 3) == 0)
            {
                pos += 3;
                Emit(TokenKind.Punctuation, op, start, line);
                return;
            }
        }

        foreach (var op in TwoCharOperators)
        {
            if (string.CompareOrdinal(text, pos, op, 0, 2) == 0)
            {
                pos += 2;
                Emit(TokenKind.Punctuation, op, start, line);
                return;
            }
        }

        pos++;
        Emit(TokenKind.Punctuation, ScanText.SingleChar(text[start]), start, line);
    }

    /// <summary>r"..", b'..', f"""..""", rb'..' and the other prefixes; false when the letters are a plain name.</summary>
    private bool TryScanPrefixedString()
    {
        var p = pos;
        var raw = false;
        var format = false;
        while (p < text.Length && p - pos < 2 && text[p] is 'r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F' or 't' or 'T')
        {
            raw |= text[p] is 'r' or 'R';
            format |= text[p] is 'f' or 'F' or 't' or 'T';
            p++;
        }

        if (p == pos || At(p) is not ('"' or '\''))
        {
            return false;
        }

        ScanString(pos, p, raw, format);
        return true;
    }

    private void ScanString(int start, int quoteAt, bool raw, bool format)
    {
        var startLine = line;
        var quote = text[quoteAt];
        var triple = At(quoteAt + 1) == quote && At(quoteAt + 2) == quote;
        pos = quoteAt + (triple ? 3 : 1);
        builder.Clear();
        var substitutions = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == quote && (!triple || (At(pos + 1) == quote && At(pos + 2) == quote)))
            {
                pos += triple ? 3 : 1;
                break;
            }

            if (c == '\n')
            {
                if (!triple)
                {
                    break;
                }

                line++;
            }

            if (c == '\\')
            {
                AppendEscape(raw);
                continue;
            }

            if (format && c == '{')
            {
                if (At(pos + 1) == '{')
                {
                    builder.Append('{');
                    pos += 2;
                    continue;
                }

                substitutions = true;
                CopyReplacementField(quote, triple);
                continue;
            }

            if (format && c == '}' && At(pos + 1) == '}')
            {
                builder.Append('}');
                pos += 2;
                continue;
            }

            if (c != '\r')
            {
                builder.Append(c);
            }

            pos++;
        }

        var kind = substitutions ? StringKind.TemplateWithSubstitutions
            : triple ? StringKind.TripleQuoted
            : quote == '"' ? StringKind.Double : StringKind.Single;
        Emit(TokenKind.String, builder.ToString(), start, startLine, kind);
    }

    /// <summary>Copies an f-string replacement field {expr!r:fmt} raw, following nested brackets and quotes of the other kind.</summary>
    private void CopyReplacementField(char quote, bool triple)
    {
        var start = pos;
        var depth = 0;
        while (pos < text.Length)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var c = text[pos];
            if (c == '\n')
            {
                if (!triple)
                {
                    break;
                }

                line++;
            }

            if (c == quote && (!triple || (At(pos + 1) == quote && At(pos + 2) == quote)))
            {
                break;
            }

            pos++;
            if (c is '{' or '[' or '(')
            {
                depth++;
            }
            else if (c is '}' or ']' or ')' && --depth == 0)
            {
                break;
            }
            else if (c is '"' or '\'' && c != quote)
            {
                while (pos < text.Length && text[pos] != c && text[pos] != '\n')
                {
                    pos++;
                }

                pos = Math.Min(pos + 1, text.Length);
            }
        }

        builder.Append(text, start, pos - start);
    }

    private void AppendEscape(bool raw)
    {
        var next = At(pos + 1);
        if (raw)
        {
            // In a raw string the backslash stays, and it keeps the next character (even a quote) in the string.
            builder.Append('\\');
            pos++;
            if (pos < text.Length && next != '\n')
            {
                builder.Append(next == '\r' ? '\n' : next);
                pos++;
            }

            return;
        }

        pos += 2;
        switch (next)
        {
            case '\n':
                line++;
                return;
            case '\r':
                if (At(pos) == '\n')
                {
                    pos++;
                    line++;
                }

                return;
            case 'n': builder.Append('\n'); return;
            case 't': builder.Append('\t'); return;
            case 'r': builder.Append('\r'); return;
            case 'a': builder.Append('\a'); return;
            case 'b': builder.Append('\b'); return;
            case 'f': builder.Append('\f'); return;
            case 'v': builder.Append('\v'); return;
            case '\\' or '\'' or '"': builder.Append(next); return;
            case 'x': AppendHex(2, next); return;
            case 'u': AppendHex(4, next); return;
            case 'U': AppendHex(8, next); return;
            case >= '0' and <= '7':
                var octal = next - '0';
                for (var i = 0; i < 2 && At(pos) is >= '0' and <= '7'; i++)
                {
                    octal = (octal * 8) + (text[pos++] - '0');
                }

                builder.Append((char)octal);
                return;
            case '\0' when pos > text.Length:
                pos = text.Length;
                builder.Append('\\');
                return;
            default:
                // Python keeps unknown escapes as written (\N{NAME} included: names are not resolved here).
                builder.Append('\\').Append(next);
                return;
        }
    }

    private void AppendHex(int digits, char letter)
    {
        var p = pos;
        var value = ScanText.ReadHex(text, ref p, digits);
        if (value < 0 || p - pos != digits)
        {
            builder.Append('\\').Append(letter);
            return;
        }

        pos = p;
        ScanText.AppendCodePoint(builder, value);
    }
}
