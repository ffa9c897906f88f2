using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Catalog.Site.Outputs;

/// <summary>
/// A hash of what a page is made from, fed field by field (each length-prefixed, so no two inputs run
/// into each other). Equal hashes under the same build key mean the page's bytes would be the same.
/// </summary>
internal sealed class InputHash
{
    private readonly XxHash128 hash = new();

    /// <summary>Appends the text's UTF-16 code units as they are: no encoding, and equal texts give equal bytes.</summary>
    public InputHash Add(string? text)
    {
        Add(text is null ? -1 : text.Length);
        hash.Append(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
        return this;
    }

    public InputHash Add(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        hash.Append(bytes);
        return this;
    }

    public InputHash Add(double value) => Add(BitConverter.DoubleToInt64Bits(value));

    public UInt128 Finish() => hash.GetCurrentHashAsUInt128();

    /// <summary>A hash of one text alone; summed over a set of texts it gives a hash of the set whatever their order.</summary>
    public static UInt128 Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
