using System.Text;

namespace Catalog.Crawler.Extraction;

/// <summary>Turns a file's bytes into text, refusing binaries and invalid UTF-8 with a reason instead of guessing.</summary>
public static class SourceFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with the reason it was refused.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? reason)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            reason = "binary file (contains a NUL byte)";
            return null;
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            reason = null;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            reason = "not valid UTF-8";
            return null;
        }
    }
}
