using System.Buffers;
using System.Text.Json;

namespace Catalog.Site.Outputs;

/// <summary>
/// A byte buffer and a JSON writer over it, kept by one thread and reused from one server to the next: the
/// first pass serialises every server (its fingerprint, its export lines), and a fresh buffer each time was
/// grown and copied several times per server. <see cref="Begin"/> always starts empty, so nothing of the
/// previous use (even one that threw half-way) reaches the next.
/// </summary>
internal sealed class JsonScratch
{
    /// <summary>A buffer grown beyond this by an outsized server is replaced at the next use rather than kept for the thread's life.</summary>
    private const int KeptCapacity = 1 << 20;

    private const int InitialCapacity = 64 * 1024;

    private readonly Utf8JsonWriter writer;
    private ArrayBufferWriter<byte> buffer;

    public JsonScratch(JsonWriterOptions options)
    {
        buffer = new ArrayBufferWriter<byte>(InitialCapacity);
        writer = new Utf8JsonWriter(buffer, options);
    }

    /// <summary>The bytes written since <see cref="Begin"/>, once the writer is flushed.</summary>
    public ReadOnlySpan<byte> Written => buffer.WrittenSpan;

    /// <summary>Empties the buffer and returns the writer, reset to write a new document into it.</summary>
    public Utf8JsonWriter Begin()
    {
        if (buffer.Capacity > KeptCapacity)
        {
            buffer = new ArrayBufferWriter<byte>(InitialCapacity);
        }
        else
        {
            buffer.ResetWrittenCount();
        }

        writer.Reset(buffer);
        return writer;
    }

    /// <summary>Appends raw bytes after what the writer has flushed (a line's end between documents).</summary>
    public void Append(ReadOnlySpan<byte> bytes) => buffer.Write(bytes);
}
