using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Catalog.Site.Outputs;

/// <summary>
/// The site being built: files go to a hidden sibling folder of the output, which replaces the output
/// only when <see cref="Commit"/> is called, so a failed build leaves the previous site exactly as it was.
/// A file whose content hash matches the previous manifest is copied from the previous site with its
/// timestamp rather than rewritten; files the previous site had and this one does not simply disappear.
/// </summary>
internal sealed class StagedSite : IDisposable
{
    private readonly string target;
    private readonly string staging;
    private readonly Dictionary<string, UInt128> previous;

    /// <summary>Path to content hash; the first 128 bits of SHA-256 are plenty to tell versions of one file apart, and a tenth of a hex string's memory.</summary>
    private readonly Dictionary<string, UInt128> current = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    private bool committed;

    private StagedSite(string target, string staging, Dictionary<string, UInt128> previous)
    {
        this.target = target;
        this.staging = staging;
        this.previous = previous;
    }

    private int written;
    private int unchanged;

    /// <summary>Files written because they are new or changed (the manifest is not counted).</summary>
    public int Written => written;

    /// <summary>Files whose content was the same as in the previous site.</summary>
    public int Unchanged => unchanged;

    /// <summary>Every path written so far, relative with '/' separators, in ordinal order.</summary>
    public IEnumerable<string> Paths
    {
        get
        {
            lock (current)
            {
                return current.Keys.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>
    /// Prepares a build of <paramref name="outputDirectory"/>. Refuses a folder that has files but no
    /// manifest: the builder replaces the whole folder, so it must only ever replace a site it made.
    /// </summary>
    public static StagedSite Open(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(target)
            ?? throw new ArgumentException("The output folder cannot be a file-system root.", nameof(outputDirectory));
        if (File.Exists(target))
        {
            throw new IOException($"The output path '{target}' is a file, not a folder.");
        }

        var previous = ReadPreviousManifest(target);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedSite(target, staging, previous);
    }

    public void Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes one file; safe to call from several threads at once (pages render in parallel).</summary>
    public void Write(string relativePath, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ObjectDisposedException.ThrowIf(committed, this);
        var destination = Resolve(staging, relativePath);
        var hash = Hash(SHA256.HashData(content));
        Claim(relativePath, hash);
        EnsureFolder(Path.GetDirectoryName(destination)!);
        if (previous.TryGetValue(relativePath, out var oldHash) && oldHash == hash && CarryOver(Resolve(target, relativePath), destination))
        {
            Interlocked.Increment(ref unchanged);
            return;
        }

        // A new file in a new folder: no truncation, no preallocation, one write.
        using (var handle = File.OpenHandle(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(handle, content, 0);
        }

        Interlocked.Increment(ref written);
    }

    /// <summary>
    /// Opens a file to be written piece by piece (an export too large to hold), hashed as it goes.
    /// Disposing the stream records it; a file whose bytes turn out the same as before keeps the old timestamp.
    /// </summary>
    public Stream OpenWrite(string relativePath)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        var destination = Resolve(staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        return new HashingFileStream(destination, digest => Streamed(relativePath, destination, Hash(digest)));
    }

    private void Streamed(string relativePath, string destination, UInt128 hash)
    {
        Claim(relativePath, hash);
        var old = Resolve(target, relativePath);
        if (previous.TryGetValue(relativePath, out var oldHash) && oldHash == hash && File.Exists(old))
        {
            File.SetLastWriteTimeUtc(destination, File.GetLastWriteTimeUtc(old));
            Interlocked.Increment(ref unchanged);
            return;
        }

        Interlocked.Increment(ref written);
    }

    /// <summary>
    /// Puts the previous site's identical file into the staged site with its timestamp: a hard link where
    /// the system allows (one cheap call, no bytes copied; the retired site's name for it is deleted later),
    /// a copy otherwise.
    /// </summary>
    /// <returns>False when the previous site no longer has the file (it is then written afresh).</returns>
    private static bool CarryOver(string old, string destination)
    {
        if (!OperatingSystem.IsWindows() && Link(old, destination) == 0)
        {
            return true;
        }

        if (!File.Exists(old))
        {
            return false;
        }

        File.Copy(old, destination);
        File.SetLastWriteTimeUtc(destination, File.GetLastWriteTimeUtc(old));
        return true;
    }

    private static UInt128 Hash(ReadOnlySpan<byte> digest) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(digest);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string created);

    /// <summary>
    /// Creates a staged folder once: a page shares its folder with its policy files, written soon after.
    /// Only recent folders are remembered, so memory does not grow with the site.
    /// </summary>
    private void EnsureFolder(string folder)
    {
        if (folders.ContainsKey(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        if (folders.Count >= RememberedFolders)
        {
            folders.Clear();
        }

        folders.TryAdd(folder, true);
    }

    private const int RememberedFolders = 4096;

    private void Claim(string relativePath, UInt128 hash)
    {
        lock (current)
        {
            if (!current.TryAdd(relativePath, hash))
            {
                throw new InvalidOperationException($"Two outputs want the same file '{relativePath}'.");
            }
        }
    }

    /// <summary>Writes the manifest and swaps the staged site into place; returns how many files of the previous site are gone.</summary>
    public int Commit()
    {
        ObjectDisposedException.ThrowIf(committed, this);
        SiteManifest.Write(Path.Combine(staging, SiteManifest.FileName), current);
        SwapIntoPlace();
        committed = true;
        return previous.Keys.Count(path => !current.ContainsKey(path));
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// Two renames on the same file system: the old site steps aside, the new one takes its name, and
    /// the old one is put back if that fails. The only moment without a site is between the renames.
    /// </summary>
    private void SwapIntoPlace()
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var parent = Path.GetDirectoryName(target)!;
        var retired = Path.Combine(parent, $".{Path.GetFileName(target)}.previous-{Guid.NewGuid():N}");
        Directory.Move(target, retired);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(retired, target);
            throw;
        }

        try
        {
            Directory.Delete(retired, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The new site is in place; a leftover hidden copy of the old one is only clutter.
        }
    }

    /// <summary>
    /// The full path of a relative output path, refusing anything that could leave <paramref name="root"/>:
    /// rooted paths, backslashes, empty, "." or ".." segments, and, as a last check, a resolved path outside it.
    /// </summary>
    internal static string Resolve(string root, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var segments = relativePath.Split('/');
        if (relativePath.Length == 0 || relativePath.Contains('\\') || relativePath.Contains('\0') || Path.IsPathRooted(relativePath)
            || segments.Any(s => s.Length == 0 || s == "." || s == ".."))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}': not a plain relative path.");
        }

        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(rootFull, Path.Combine(segments)));
        if (!full.StartsWith(rootFull, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}': it resolves outside the output folder.");
        }

        return full;
    }

    private static Dictionary<string, UInt128> ReadPreviousManifest(string target)
    {
        if (!Directory.Exists(target))
        {
            return new Dictionary<string, UInt128>(StringComparer.Ordinal);
        }

        var path = Path.Combine(target, SiteManifest.FileName);
        if (!File.Exists(path))
        {
            if (Directory.EnumerateFileSystemEntries(target).Any())
            {
                throw new IOException($"The output folder '{target}' is not empty and holds no {SiteManifest.FileName}; refusing to replace a folder this builder did not make.");
            }

            return new Dictionary<string, UInt128>(StringComparer.Ordinal);
        }

        // A damaged manifest only costs a full rewrite: every file is treated as changed.
        return SiteManifest.Read(path) ?? new Dictionary<string, UInt128>(StringComparer.Ordinal);
    }
}
