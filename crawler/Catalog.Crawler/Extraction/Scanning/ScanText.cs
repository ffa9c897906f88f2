using System.Globalization;
using System.Text;

namespace Catalog.Crawler.Extraction.Scanning;

/// <summary>Character classes and small decoding helpers shared by the scanners.</summary>
internal static class ScanText
{
    public static bool IsIdentifierStart(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or '$' || (c >= 0x80 && IsUnicodeLetter(c));

    public static bool IsIdentifierPart(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '$' || (c >= 0x80 && IsUnicodePart(c));

    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>A one-character string, shared for ASCII so punctuation tokens cost no allocation.</summary>
    public static string SingleChar(char c) => c < 128 ? AsciiStrings[c] : c.ToString();

    /// <summary>Characters that can continue a multi-character operator ("=>", "::", "...", "?.").</summary>
    public static bool IsOperatorChar(char c) => c is '=' or '>' or '<' or ':' or '.' or '&' or '|' or '?' or '*' or '+' or '-' or '/' or '%' or '^' or '!';

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Appends a code point, or U+FFFD when it is not a valid scalar value.</summary>
    public static void AppendCodePoint(StringBuilder builder, long codePoint)
    {
        if (codePoint is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            builder.Append('\uFFFD');
            return;
        }

        builder.Append(char.ConvertFromUtf32((int)codePoint));
    }

    /// <summary>Reads up to <paramref name="maxDigits"/> hex digits at <paramref name="pos"/>; -1 when there is none.</summary>
    public static long ReadHex(string text, ref int pos, int maxDigits)
    {
        long value = 0;
        var digits = 0;
        while (digits < maxDigits && pos < text.Length && HexValue(text[pos]) is var digit and >= 0)
        {
            value = (value * 16) + digit;
            pos++;
            digits++;
        }

        return digits == 0 ? -1 : value;
    }

    private static bool IsUnicodeLetter(char c) =>
        char.IsLetter(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    private static bool IsUnicodePart(char c) => IsUnicodeLetter(c) || char.IsDigit(c) ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.Format;
}
