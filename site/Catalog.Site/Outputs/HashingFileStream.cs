using System.Security.Cryptography;

namespace Catalog.Site.Outputs;

/// <summary>A write-only file stream that hashes (SHA-256) what passes through and reports the digest once closed.</summary>
internal sealed class HashingFileStream(string path, Action<byte[]> closed) : Stream
{
    private readonly FileStream file = new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool disposed;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        hash.AppendData(buffer);
        file.Write(buffer);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => file.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            disposed = true;
            file.Dispose();
            var digest = hash.GetHashAndReset();
            hash.Dispose();
            closed(digest);
        }

        base.Dispose(disposing);
    }
}
