using System.Text;

namespace Catalog.Site.Outputs;

/// <summary>
/// A text writer that encodes what it is given straight into one growing UTF-8 buffer, reused page after page
/// by one thread. A <see cref="StreamWriter"/> over a <see cref="MemoryStream"/> copied every page twice more
/// (into its char buffer, then its bytes into the stream), which cost more than rendering the page. Pieces
/// already in UTF-8 (the layout around every page) are copied in as they are.
/// </summary>
internal sealed class Utf8PageWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Stateful, so a surrogate pair split between two writes is still encoded as one character.
    private readonly Encoder encoder = Utf8.GetEncoder();
    private readonly int initialCapacity;
    private byte[] buffer;
    private int length;

    public Utf8PageWriter(int capacity = 64 * 1024)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        initialCapacity = capacity;
        buffer = new byte[capacity];
    }

    public override Encoding Encoding => Utf8;

    /// <summary>The page so far; valid until the next write or <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Complete();
            return buffer.AsSpan(0, length);
        }
    }

    /// <summary>Starts a new page in the same buffer; one grown for an outsized page is let go.</summary>
    public void Clear()
    {
        encoder.Reset();
        highSurrogateHeld = false;
        length = 0;
        if (buffer.Length > KeptCapacity)
        {
            buffer = new byte[initialCapacity];
        }
    }

    private const int KeptCapacity = 4 * 1024 * 1024;

    /// <summary>Copies bytes that are already UTF-8.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (highSurrogateHeld)
        {
            Complete();
        }

        Reserve(utf8.Length);
        utf8.CopyTo(buffer.AsSpan(length));
        length += utf8.Length;
    }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        Reserve(Utf8.GetMaxByteCount(chars.Length));
        // Most of a page is ASCII: narrowed straight into the buffer in one vectorised copy, unless the encoder holds
        // half a surrogate pair (it must then see what follows); the encoder takes whatever is not ASCII.
        if (!highSurrogateHeld)
        {
            var status = System.Text.Ascii.FromUtf16(chars, buffer.AsSpan(length), out var narrowed);
            length += narrowed;
            if (status == System.Buffers.OperationStatus.Done)
            {
                return;
            }

            // The ASCII before the first other character is written; the encoder takes the rest.
            chars = chars[narrowed..];
        }

        encoder.Convert(chars, buffer.AsSpan(length), flush: false, out _, out var bytes, out _);
        length += bytes;
        highSurrogateHeld = char.IsHighSurrogate(chars[^1]);
    }

    /// <summary>True when the last piece ended in a high surrogate, which the encoder holds for the low one.</summary>
    private bool highSurrogateHeld;

    public override void Flush() => Complete();

    /// <summary>Writes out a high surrogate held back for a low one that never came (as U+FFFD, as any UTF-8 writer would).</summary>
    private void Complete()
    {
        Reserve(8);
        encoder.Convert(ReadOnlySpan<char>.Empty, buffer.AsSpan(length), flush: true, out _, out var bytes, out _);
        length += bytes;
        highSurrogateHeld = false;
    }

    private void Reserve(int more)
    {
        if (buffer.Length - length >= more)
        {
            return;
        }

        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
    }
}
