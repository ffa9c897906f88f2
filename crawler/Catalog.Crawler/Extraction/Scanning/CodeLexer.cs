using System.Text;

namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>
/// The state machine behind <see cref="CodeScanner"/>. Every loop advances the position, and nesting (template
/// substitutions, nested comments) is tracked with counters or an explicit stack, never recursion, so hostile
/// input can neither hang it nor overflow the stack.
/// </summary>
internal sealed class CodeLexer
{
    private static readonly string[] ThreeCharOperators = ["===", "!==", "...", "**=", "??=", "<<=", "&&=", "||="];

    private static readonly string[] TwoCharOperators =
        ["=>", "->", "::", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "+=", "-=", "*=", "/=", "%=", "++", "--", "**", ":=", "..", "|=", "&=", "^=", "<<"];

    private static readonly HashSet<string> RegexPrecedingKeywords =
        ["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"];

    private readonly string text;
    private readonly ScannerLanguage language;
    private readonly CancellationToken cancellation;
    private readonly List<Token> tokens;
    private readonly StringBuilder builder = new();
    private readonly StringPool pool = new();
    private int pos;
    private int line = 1;
    private int lastTokenEndLine;
    private int steps;

    public CodeLexer(string text, ScannerLanguage language, CancellationToken cancellation)
    {
        this.text = text;
        this.language = language;
        this.cancellation = cancellation;
        tokens = new List<Token>(Math.Min(text.Length / 4, 1 << 20) + 16);
    }

    public List<Token> Run()
    {
        SkipHashbang();
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

    private void SkipHashbang()
    {
        if (text.StartsWith("#!", StringComparison.Ordinal) && At(2) != '[')
        {
            while (pos < text.Length && text[pos] != '\n')
            {
                pos++;
            }
        }
    }

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
            case '/' when At(pos + 1) == '/':
                ScanLineComment();
                return;
            case '/' when At(pos + 1) == '*':
                ScanBlockComment();
                return;
            case '"':
                if (language.TripleQuote != TripleQuoteMode.None && At(pos + 1) == '"' && At(pos + 2) == '"')
                {
                    ScanTextBlock(pos, pos + 3);
                }
                else
                {
                    ScanQuoted(pos, pos + 1, '"', StringKind.Double, escapes: true, language.LineBoundStrings);
                }

                return;
            case '\'':
                ScanSingleQuote();
                return;
            case '`' when language.Backtick == BacktickMode.Template:
                ScanTemplate();
                return;
            case '`' when language.Backtick == BacktickMode.Raw:
                ScanGoRaw();
                return;
            case '/' when language.RegexLiterals && RegexAllowed() && TryScanRegex():
                return;
        }

        if (ScanText.IsDigit(c) || (c == '.' && ScanText.IsDigit(At(pos + 1))))
        {
            ScanNumber();
        }
        else if (ScanText.IsIdentifierStart(c))
        {
            if (!(language.RustLiterals && TryScanRustPrefixed()))
            {
                ScanIdentifier(pos, pos);
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
        if (kind is not (TokenKind.Comment or TokenKind.DocComment))
        {
            lastTokenEndLine = line;
        }

        tokens.Add(new Token(kind, value, startLine, start, pos - start) { StringKind = stringKind, FirstOnLine = first });
    }

    private void ScanLineComment()
    {
        var start = pos;
        var doc = (At(pos + 2) == '/' && At(pos + 3) != '/') || At(pos + 2) == '!';
        while (pos < text.Length && text[pos] != '\n')
        {
            pos++;
        }

        var keep = language.Comments == CommentMode.KeepAll || (doc && language.Comments == CommentMode.KeepDoc);
        if (keep)
        {
            var bodyStart = start + (doc ? 3 : 2);
            var bodyEnd = pos > bodyStart && text[pos - 1] == '\r' ? pos - 1 : pos;
            Emit(doc ? TokenKind.DocComment : TokenKind.Comment, text[bodyStart..Math.Max(bodyStart, bodyEnd)], start, line);
        }
    }

    private void ScanBlockComment()
    {
        var start = pos;
        var startLine = line;
        var doc = (At(pos + 2) == '*' && At(pos + 3) != '/') || At(pos + 2) == '!';
        pos += 2;
        var depth = 1;
        var bodyEnd = text.Length;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '\n')
            {
                line++;
                pos++;
            }
            else if (c == '*' && At(pos + 1) == '/')
            {
                pos += 2;
                if (--depth == 0)
                {
                    bodyEnd = pos - 2;
                    break;
                }
            }
            else if (c == '/' && At(pos + 1) == '*' && language.NestedBlockComments)
            {
                pos += 2;
                depth++;
            }
            else
            {
                pos++;
            }
        }

        var keep = language.Comments == CommentMode.KeepAll || (doc && language.Comments == CommentMode.KeepDoc);
        if (keep)
        {
            var bodyStart = Math.Min(start + (doc ? 3 : 2), bodyEnd);
            Emit(doc ? TokenKind.DocComment : TokenKind.Comment, text[bodyStart..bodyEnd], start, startLine);
        }
    }

    private void ScanSingleQuote()
    {
        switch (language.SingleQuote)
        {
            case SingleQuoteMode.String:
                ScanQuoted(pos, pos + 1, '\'', StringKind.Single, escapes: true, language.LineBoundStrings);
                return;
            case SingleQuoteMode.CharOrLifetime when At(pos + 1) != '\\' && At(pos + 2) != '\'' &&
                !(char.IsHighSurrogate(At(pos + 1)) && At(pos + 3) == '\'') && ScanText.IsIdentifierStart(At(pos + 1)):
                ScanIdentifier(pos, pos + 1);
                return;
            default:
                ScanQuoted(pos, pos + 1, '\'', StringKind.Char, escapes: true, lineBound: true);
                return;
        }
    }

    /// <summary>Reads an identifier whose name starts at <paramref name="nameStart"/> (after a prefix such as a lifetime quote).</summary>
    private void ScanIdentifier(int start, int nameStart)
    {
        pos = nameStart;
        if (pos < text.Length && ScanText.IsIdentifierStart(text[pos]))
        {
            pos++;
        }

        while (pos < text.Length && ScanText.IsIdentifierPart(text[pos]))
        {
            pos++;
        }

        // A Rust lifetime keeps its quote so it is never mistaken for a name; a raw identifier r#type is the name "type".
        var valueStart = start < nameStart && text[start] == '\'' ? start : nameStart;
        Emit(TokenKind.Identifier, pool.Get(text.AsSpan(valueStart, pos - valueStart)), start, line);
    }

    private void ScanNumber()
    {
        var start = pos;
        var isHex = text[pos] == '0' && At(pos + 1) is 'x' or 'X';
        var seenDot = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (ScanText.IsIdentifierPart(c) && c != '$')
            {
                pos++;
            }
            else if (c == '.' && !seenDot && !isHex && ScanText.IsDigit(At(pos + 1)))
            {
                seenDot = true;
                pos++;
            }
            else if (c is '+' or '-' && !isHex && text[pos - 1] is 'e' or 'E' && ScanText.IsDigit(At(pos + 1)))
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
            if (string.CompareOrdinal(text, pos, op, 0, 2) == 0 && !(op == "?." && ScanText.IsDigit(At(pos + 2))))
            {
                pos += 2;
                Emit(TokenKind.Punctuation, op, start, line);
                return;
            }
        }

        pos++;
        Emit(TokenKind.Punctuation, ScanText.SingleChar(text[start]), start, line);
    }

    private bool RegexAllowed()
    {
        if (tokens.Count == 0)
        {
            return true;
        }

        var previous = tokens[^1];
        return previous.Kind switch
        {
            TokenKind.Identifier => RegexPrecedingKeywords.Contains(previous.Value),
            TokenKind.Punctuation => previous.Value is not (")" or "]" or "}" or "++" or "--"),
            TokenKind.Comment or TokenKind.DocComment => true,
            _ => false,
        };
    }

    private bool TryScanRegex()
    {
        var p = pos + 1;
        var inClass = false;
        while (p < text.Length)
        {
            var c = text[p];
            if (c is '\n' or '\r')
            {
                return false;
            }

            if (c == '\\')
            {
                p += 2;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                break;
            }

            p++;
        }

        if (p >= text.Length)
        {
            return false;
        }

        var start = pos;
        var bodyStart = pos + 1;
        var bodyEnd = p;
        pos = p + 1;
        while (pos < text.Length && ScanText.IsIdentifierPart(text[pos]))
        {
            pos++;
        }

        Emit(TokenKind.Regex, text[bodyStart..bodyEnd], start, line);
        return true;
    }

    /// <summary>A quoted string or char; <paramref name="contentStart"/> is just after the opening quote.</summary>
    private void ScanQuoted(int start, int contentStart, char quote, StringKind kind, bool escapes, bool lineBound)
    {
        var startLine = line;
        builder.Clear();
        pos = contentStart;
        var substitutions = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == quote)
            {
                pos++;
                break;
            }

            if (c == '\n')
            {
                if (lineBound)
                {
                    break;
                }

                line++;
            }

            if (c == '\\' && escapes)
            {
                DecodeEscape();
                continue;
            }

            if (c == '$' && language.DollarInterpolation && TryCopyDollarSubstitution())
            {
                substitutions = true;
                continue;
            }

            builder.Append(c);
            pos++;
        }

        var value = builder.ToString();
        if (lineBound && value.EndsWith('\r'))
        {
            value = value[..^1];
        }

        Emit(TokenKind.String, value, start, startLine, substitutions ? StringKind.TemplateWithSubstitutions : kind);
    }

    /// <summary>Kotlin "$name" or "${expr}": copies the substitution raw into the value; false for a lone dollar.</summary>
    private bool TryCopyDollarSubstitution()
    {
        var next = At(pos + 1);
        var start = pos;
        if (next == '{')
        {
            pos = SkipEmbeddedCode(pos + 2);
        }
        else if (ScanText.IsIdentifierStart(next) && next != '$')
        {
            pos += 2;
            while (pos < text.Length && ScanText.IsIdentifierPart(text[pos]) && text[pos] != '$')
            {
                pos++;
            }
        }
        else
        {
            return false;
        }

        builder.Append(text, start, pos - start);
        return true;
    }

    private void ScanTextBlock(int start, int contentStart)
    {
        var startLine = line;
        pos = contentStart;
        var raw = language.TripleQuote == TripleQuoteMode.KotlinRaw;
        var substitutions = false;
        builder.Clear();
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '"' && At(pos + 1) == '"' && At(pos + 2) == '"')
            {
                // Kotlin allows quotes right before the closing delimiter: the last three quotes of the run close it.
                while (raw && At(pos + 3) == '"')
                {
                    builder.Append('"');
                    pos++;
                }

                pos += 3;
                break;
            }

            if (c == '\n')
            {
                line++;
            }

            if (c == '\\' && !raw)
            {
                DecodeEscape();
                continue;
            }

            if (c == '$' && language.DollarInterpolation && TryCopyDollarSubstitution())
            {
                substitutions = true;
                continue;
            }

            if (c != '\r')
            {
                builder.Append(c);
            }

            pos++;
        }

        var value = raw ? builder.ToString() : JavaTextBlock.StripIndentation(builder.ToString());
        Emit(TokenKind.String, value, start, startLine, substitutions ? StringKind.TemplateWithSubstitutions : StringKind.TextBlock);
    }

    private void ScanGoRaw()
    {
        var start = pos;
        var startLine = line;
        pos++;
        builder.Clear();
        while (pos < text.Length && text[pos] != '`')
        {
            var c = text[pos++];
            if (c == '\n')
            {
                line++;
            }

            if (c != '\r')
            {
                builder.Append(c);
            }
        }

        pos = Math.Min(pos + 1, text.Length);
        Emit(TokenKind.String, builder.ToString(), start, startLine, StringKind.RawBacktick);
    }

    private void ScanTemplate()
    {
        var start = pos;
        var startLine = line;
        pos++;
        builder.Clear();
        var substitutions = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '`')
            {
                pos++;
                break;
            }

            if (c == '\\')
            {
                DecodeEscape();
                continue;
            }

            if (c == '$' && At(pos + 1) == '{')
            {
                substitutions = true;
                var exprStart = pos;
                pos = SkipEmbeddedCode(pos + 2);
                builder.Append(text, exprStart, pos - exprStart);
                continue;
            }

            if (c == '\n')
            {
                line++;
            }

            if (!(c == '\r' && At(pos + 1) == '\n'))
            {
                builder.Append(c == '\r' ? '\n' : c);
            }

            pos++;
        }

        Emit(TokenKind.String, builder.ToString(), start, startLine, substitutions ? StringKind.TemplateWithSubstitutions : StringKind.Template);
    }

    /// <summary>
    /// Skips the code of a substitution that starts at <paramref name="p"/> (just after "${") to just after its
    /// closing brace, following nested strings and templates with an explicit stack. Returns the end of the file when unclosed.
    /// </summary>
    private int SkipEmbeddedCode(int p)
    {
        // Each entry is the brace depth of an open substitution, or -1 for an open template literal inside it.
        var stack = new Stack<int>();
        stack.Push(0);
        while (p < text.Length && stack.Count > 0)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var c = text[p];
            if (c == '\n')
            {
                line++;
            }

            if (stack.Peek() < 0)
            {
                if (c == '`')
                {
                    stack.Pop();
                }
                else if (c == '\\')
                {
                    p++;
                    if (At(p) == '\n')
                    {
                        line++;
                    }
                }
                else if (c == '$' && At(p + 1) == '{')
                {
                    stack.Push(0);
                    p++;
                }

                p++;
                continue;
            }

            switch (c)
            {
                case '{':
                    stack.Push(stack.Pop() + 1);
                    break;
                case '}':
                    var depth = stack.Pop();
                    if (depth > 0)
                    {
                        stack.Push(depth - 1);
                    }

                    break;
                case '`' when language.Backtick == BacktickMode.Template:
                    stack.Push(-1);
                    break;
                case '"' or '\'':
                    p = SkipSimpleString(p + 1, c);
                    continue;
                case '/' when At(p + 1) == '/':
                    while (p < text.Length && text[p] != '\n')
                    {
                        p++;
                    }

                    continue;
                case '/' when At(p + 1) == '*':
                    var close = text.IndexOf("*/", p + 2, StringComparison.Ordinal);
                    var end = close < 0 ? text.Length : close + 2;
                    line += text.AsSpan(p, end - p).Count('\n');
                    p = end;
                    continue;
            }

            p++;
        }

        return p;
    }

    /// <summary>Skips a quoted string inside embedded code; ends at its quote or its line's end.</summary>
    private int SkipSimpleString(int p, char quote)
    {
        while (p < text.Length && text[p] != quote && text[p] != '\n')
        {
            p += text[p] == '\\' && At(p + 1) != '\n' ? 2 : 1;
        }

        return p < text.Length && text[p] == quote ? p + 1 : p;
    }

    /// <summary>Rust r"..", r#".."#, b"..", br"..", c"..", cr"..", b'x' and r#ident; false when the identifier is none of these.</summary>
    private bool TryScanRustPrefixed()
    {
        var start = pos;
        var p = pos;
        var c = text[p];
        if (c is 'b' or 'c' && At(p + 1) == '"')
        {
            ScanQuoted(start, p + 2, '"', StringKind.Double, escapes: true, lineBound: false);
            return true;
        }

        if (c == 'b' && At(p + 1) == '\'')
        {
            ScanQuoted(start, p + 2, '\'', StringKind.Char, escapes: true, lineBound: true);
            return true;
        }

        if (c is 'b' or 'c' && At(p + 1) == 'r')
        {
            p++;
        }

        if (text[p] != 'r' || At(p + 1) is not ('"' or '#'))
        {
            return false;
        }

        p++;
        var hashes = 0;
        while (At(p) == '#')
        {
            hashes++;
            p++;
        }

        if (At(p) != '"')
        {
            if (hashes == 1 && p == start + 2 && ScanText.IsIdentifierStart(At(p)))
            {
                ScanIdentifier(start, p);
                return true;
            }

            return false;
        }

        ScanRustRaw(start, p + 1, hashes);
        return true;
    }

    private void ScanRustRaw(int start, int contentStart, int hashes)
    {
        var startLine = line;
        pos = contentStart;
        builder.Clear();
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '"' && ClosesRawString(pos + 1, hashes))
            {
                pos += 1 + hashes;
                break;
            }

            if (c == '\n')
            {
                line++;
            }

            if (c != '\r')
            {
                builder.Append(c);
            }

            pos++;
        }

        Emit(TokenKind.String, builder.ToString(), start, startLine, StringKind.RustRaw);
    }

    private bool ClosesRawString(int p, int hashes)
    {
        for (var i = 0; i < hashes; i++)
        {
            if (At(p + i) != '#')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Decodes the escape at the backslash under <see cref="pos"/> into the builder and moves past it.</summary>
    private void DecodeEscape()
    {
        pos++;
        if (pos >= text.Length)
        {
            return;
        }

        var c = text[pos++];
        switch (c)
        {
            case 'n': builder.Append('\n'); return;
            case 't': builder.Append('\t'); return;
            case 'r': builder.Append('\r'); return;
            case 'b': builder.Append('\b'); return;
            case 'f': builder.Append('\f'); return;
            case 'v': builder.Append('\v'); return;
            case 'a': builder.Append('\a'); return;
            case 'e': builder.Append('\u001B'); return;
            case 's': builder.Append(' '); return;
            case '\r':
                if (At(pos) == '\n')
                {
                    pos++;
                }

                line++;
                SkipContinuationIndent();
                return;
            case '\n':
                line++;
                SkipContinuationIndent();
                return;
            case 'x':
                AppendHex(2, 'x');
                return;
            case 'u' when At(pos) == '{':
                var braceStart = pos;
                pos++;
                var value = ScanText.ReadHex(text, ref pos, 8);
                if (value >= 0 && At(pos) == '}')
                {
                    pos++;
                    ScanText.AppendCodePoint(builder, value);
                }
                else
                {
                    pos = braceStart;
                    builder.Append('u');
                }

                return;
            case 'u':
                AppendHex(4, 'u');
                return;
            case 'U':
                AppendHex(8, 'U');
                return;
            case >= '0' and <= '7':
                var octal = c - '0';
                for (var i = 0; i < 2 && At(pos) is >= '0' and <= '7'; i++)
                {
                    octal = (octal * 8) + (text[pos++] - '0');
                }

                builder.Append((char)octal);
                return;
            default:
                builder.Append(c);
                return;
        }
    }

    /// <summary>After a backslash-newline, Rust also drops the next line's leading whitespace; the others keep it.</summary>
    private void SkipContinuationIndent()
    {
        if (!language.RustLiterals)
        {
            return;
        }

        while (pos < text.Length && text[pos] is ' ' or '\t' or '\r' or '\n')
        {
            if (text[pos] == '\n')
            {
                line++;
            }

            pos++;
        }
    }

    private void AppendHex(int digits, char letter)
    {
        var start = pos;
        var p = pos;
        var value = ScanText.ReadHex(text, ref p, digits);
        if (value < 0 || p - start != digits)
        {
            builder.Append(letter);
            return;
        }

        pos = p;
        if (digits == 4)
        {
            // Surrogate halves written as two \u escapes must stay pairs, so append the UTF-16 unit as is.
            builder.Append((char)value);
            return;
        }

        ScanText.AppendCodePoint(builder, value);
    }
}
