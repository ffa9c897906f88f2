using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Catalog.Domain.Catalog;
using Catalog.Site.Outputs.Api;
using Catalog.Site.Pages;

namespace Catalog.Site.Outputs;

/// <summary>
/// Writes <c>/api/catalog.jsonl.gz</c> as the servers stream past: one compact JSON object per tool and
/// line, never the whole catalogue in memory. Lines come in the order the servers are read (the
/// store reads them by slug) and, within a server, by tool name.
/// <para>
/// Gzip because at 600,000 tools the lines are 700 MB and compress about eight times. Each server's lines
/// are a gzip member of their own (RFC 1952 lets a file hold several, and gunzip, zcat, Python, Go, Node and
/// .NET read them as one stream): a rebuild copies an unchanged server's member as it is, so a small change
/// costs copying 90 MB, not compressing (or copying) the whole catalogue again.
/// </para>
/// </summary>
internal sealed class CatalogExportWriter : IDisposable
{
    private readonly Stream stream;

    public CatalogExportWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = new BufferedStream(stream, 1 << 16);
    }

    public int Lines { get; private set; }

    /// <summary>Bytes written so far: where the next lines start.</summary>
    public long Position { get; private set; }

    public void Write(CatalogServer server, ServerAddresses addresses)
    {
        var (lines, count) = Serialize(server, addresses);
        WriteLines(lines, count);
    }

    /// <summary>Appends lines made by <see cref="Serialize"/>, in the order servers are read.</summary>
    public void WriteLines(byte[] lines, int count)
    {
        ArgumentNullException.ThrowIfNull(lines);
        stream.Write(lines);
        Lines += count;
        Position += lines.Length;
    }

    /// <summary>
    /// Appends <paramref name="length"/> bytes of a previous export from <paramref name="offset"/>: the lines of
    /// servers that did not change, copied as they are (consecutive servers in one go).
    /// </summary>
    /// <exception cref="EndOfStreamException">The previous export is shorter than the range.</exception>
    public void CopyLines(Microsoft.Win32.SafeHandles.SafeFileHandle from, long offset, long length, int count)
    {
        ArgumentNullException.ThrowIfNull(from);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            for (var done = 0L; done < length;)
            {
                var read = RandomAccess.Read(from, buffer.AsSpan(0, (int)Math.Min(buffer.Length, length - done)), offset + done);
                if (read <= 0)
                {
                    throw new EndOfStreamException("The previous export ends before the lines to copy.");
                }

                stream.Write(buffer, 0, read);
                done += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        Lines += count;
        Position += length;
    }

    /// <summary>A server's lines, each ending in a newline, as one gzip member; pure, so several servers can be serialised at once.</summary>
    public static (byte[] Lines, int Count) Serialize(CatalogServer server, ServerAddresses addresses)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(addresses);
        var scratch = lineScratch ??= new JsonScratch(LineOptions);
        var writer = scratch.Begin();
        var count = 0;
        var facts = server.Facts;
        // The same for every tool of the server, and parsing the address is not free.
        var repositoryUrl = RepositoryLinks.Repository(facts);
        foreach (var tool in DistinctTools.ByName(server.Tools))
        {
            var definition = tool.Definition;
            var hints = definition.Annotations;
            var line = new ApiExportTool
            {
                Server = server.Slug,
                ServerName = server.Identity.Name,
                Repository = server.Identity.Repository,
                RepositoryUrl = repositoryUrl,
                Language = facts.Language,
                License = facts.License,
                Stars = facts.Stars,
                Tool = definition.Name,
                Title = definition.Title,
                Description = definition.Description,
                InputSchema = definition.InputSchema,
                Annotations = hints.Any ? new ApiAnnotations(hints.ReadOnlyHint, hints.DestructiveHint, hints.IdempotentHint, hints.OpenWorldHint) : null,
                Location = definition.Location.ToString(),
                Page = addresses.Tool(definition.Name).Page.Url,
                Label = tool.Classification is not { } label ? null : new ApiLabel
                {
                    Category = Labels.Key(label.Category),
                    Risk = Labels.Key(label.Risk),
                    Destructive = label.Destructive,
                    Financial = label.Financial,
                    Sensitive = label.Sensitive,
                    Confidence = label.Confidence,
                    ClassifierVersion = label.ClassifierVersion,
                },
            };
            JsonSerializer.Serialize(writer, line, LineTypeInfo);
            writer.Flush();
            writer.Reset();
            scratch.Append("\n"u8);
            count++;
        }

        return (Compress(scratch.Written), count);
    }

    /// <summary>One gzip member; the fastest level, as the build compresses the whole catalogue.</summary>
    private static byte[] Compress(ReadOnlySpan<byte> lines)
    {
        var member = memberScratch ??= new MemoryStream(InitialMemberCapacity);
        if (member.Capacity > KeptMemberCapacity)
        {
            member = memberScratch = new MemoryStream(InitialMemberCapacity);
        }

        member.SetLength(0);
        using (var gzip = new System.IO.Compression.GZipStream(member, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(lines);
        }

        return member.ToArray();
    }

    /// <summary>Compact lines; the serializer writes valid JSON, so the writer need not check it (as the serializer's own writers do not).</summary>
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = SiteJson.WriterOptions.Encoder, Indented = false, SkipValidation = true };

    private static readonly JsonTypeInfo<ApiExportTool> LineTypeInfo = ExportJsonContext.Default.ApiExportTool;

    private const int InitialMemberCapacity = 16 * 1024;

    /// <summary>A member buffer grown beyond this by an outsized server is replaced rather than kept for the thread's life.</summary>
    private const int KeptMemberCapacity = 1 << 20;

    /// <summary>This thread's JSON lines of the server being serialised (see <see cref="JsonScratch"/>).</summary>
    [ThreadStatic]
    private static JsonScratch? lineScratch;

    /// <summary>This thread's gzip member being made, copied out whole, so its buffer is not grown afresh for every server.</summary>
    [ThreadStatic]
    private static MemoryStream? memberScratch;

    public void Dispose() => stream.Dispose();
}
