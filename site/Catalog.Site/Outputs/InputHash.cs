using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Catalog.Site.Outputs;

/// <summary>
/// A hash of what a page is made from, fed field by field (each length-prefixed, so no two inputs run
/// into each other). Equal hashes under the same build key mean the page's bytes would be the same.
/// </summary>
internal sealed class InputHash
{
    private readonly XxHash128 hash = new();
    private readonly byte[] buffer = new byte[256];

    public InputHash Add(string? text)
    {
        text ??= "\0";
        var length = Encoding.UTF8.GetByteCount(text);
        Add(length);
        if (length <= buffer.Length)
        {
            hash.Append(buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
        }
        else
        {
            var rented = ArrayPool<byte>.Shared.Rent(length);
            hash.Append(rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented)));
            ArrayPool<byte>.Shared.Return(rented);
        }

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
        var length = Encoding.UTF8.GetByteCount(text);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            return XxHash128.HashToUInt128(rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
