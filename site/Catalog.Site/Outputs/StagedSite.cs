using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Catalog.Site.Outputs;

/// <summary>
/// The site being built. Everything a build writes goes first to a hidden sibling folder of the output
/// (the staging folder); the live site is not touched until <see cref="Commit()"/>, so a build that fails
/// leaves the previous site exactly as it was.
/// <para>
/// A first build (or one after the manifest was lost) stages the whole site and renames it into place.
/// Later builds stage only what changed: a server whose fingerprint matches the manifest is carried over
/// without a single file operation, and a site-wide file whose bytes are the same is not rewritten (it keeps
/// its timestamp). Commit then writes a journal of the changes into the staging folder and applies it: each
/// changed server folder replaced by two renames, each changed file by one atomic rename, removed ones
/// deleted, the manifest last. Should the process die while applying, the next <see cref="Open"/> finds the
/// journal and finishes the commit before anything else, so a build is either wholly in or wholly out.
/// </para>
/// </summary>
internal sealed class StagedSite : IDisposable
{
    private const string ServersFolder = "servers/";
    private const string ServerApiFolder = "api/servers/";

    private readonly string target;
    private readonly string staging;
    private readonly SiteManifest? previous;
    private readonly SiteManifest current = new();
    private readonly ConcurrentDictionary<string, FileCount> stagedServers = new(StringComparer.Ordinal);
    private readonly ThreadLocal<HashSet<string>> madeFolders = new(() => new HashSet<string>(StringComparer.Ordinal));
    private readonly List<string> stagedFiles = [];
    private bool committed;
    private bool journalSaved;
    private int written;
    private int unchanged;

    private StagedSite(string target, string staging, SiteManifest? previous)
    {
        this.target = target;
        this.staging = staging;
        this.previous = previous;
    }

    /// <summary>Files written because they are new or changed (the manifest is not counted).</summary>
    public int Written => written;

    /// <summary>Files left as they were: unchanged site-wide files and every file of a carried-over server.</summary>
    public int Unchanged => unchanged;

    /// <summary>The previous build's manifest; null when there is none (or it could not be read).</summary>
    public SiteManifest? Previous => previous;

    /// <summary>What this build's manifest will say; see <see cref="SiteManifest.Build"/>.</summary>
    public string Build
    {
        get => current.Build;
        set => current.Build = value;
    }

    /// <summary>The live (previous) site's copy of a file; it may not exist.</summary>
    public string LivePath(string relativePath) => Resolve(target, relativePath);

    /// <summary>Records where a server's lines are in this build's export.</summary>
    public void RecordExport(string segment, SiteManifest.ExportSpan span)
    {
        lock (current)
        {
            current.Exports[segment] = span;
        }
    }

    /// <summary>True when the whole site is staged and replaces the output as one folder.</summary>
    public bool Whole => previous is null;

    /// <summary>The site-wide files (not server folders) this build has, relative with '/' separators, in ordinal order.</summary>
    public IReadOnlyList<string> SiteFiles
    {
        get
        {
            lock (current)
            {
                return current.Files.Keys.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>
    /// Prepares a build of <paramref name="outputDirectory"/>: finishes a commit an earlier process left
    /// half applied, clears abandoned staging folders, and reads the previous manifest. Refuses a folder that
    /// has files but no manifest: the builder replaces what it finds, so it must only ever touch a site it made.
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

        Directory.CreateDirectory(parent);
        Recover(target);
        var previous = ReadPreviousManifest(target);
        var staging = Path.Combine(parent, $"{StagingPrefix(target)}{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedSite(target, staging, previous);
    }

    /// <summary>
    /// Keeps a server's folder from the previous build when it was built from the same
    /// <paramref name="fingerprint"/> and its folder and API file are still there; nothing is written or read.
    /// </summary>
    public bool TryCarryOver(string segment, UInt128 fingerprint)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        if (previous is null || !previous.Servers.TryGetValue(segment, out var entry) || entry.Fingerprint != fingerprint
            || !Directory.Exists(Resolve(target, ServersFolder + segment)) || !File.Exists(Resolve(target, $"{ServerApiFolder}{segment}.json")))
        {
            return false;
        }

        lock (current)
        {
            ClaimServer(segment, entry);
        }

        Interlocked.Add(ref unchanged, entry.Files);
        return true;
    }

    /// <summary>
    /// Keeps a server's folder as the previous build left it, whatever it was built from: for a server the
    /// caller knows is unaffected by this build's changes. The same checks as <see cref="TryCarryOver"/>.
    /// </summary>
    public bool TryCarryOverAsBefore(string segment) =>
        previous is not null && previous.Servers.TryGetValue(segment, out var entry) && TryCarryOver(segment, entry.Fingerprint);

    /// <summary>The fingerprint the previous build recorded for a server folder, if any.</summary>
    public UInt128? PreviousFingerprint(string segment) =>
        previous is not null && previous.Servers.TryGetValue(segment, out var entry) ? entry.Fingerprint : null;

    /// <summary>
    /// Keeps site-wide files exactly as the previous build wrote them, all of them or none: true when every
    /// one is in the previous manifest and untouched since (size and time as recorded). For files whose
    /// inputs the caller knows are unchanged, so it need not make them again to compare.
    /// </summary>
    public bool TryKeep(IReadOnlyList<string> relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        ObjectDisposedException.ThrowIf(committed, this);
        if (previous is null || !relativePaths.All(IsUntouched))
        {
            return false;
        }

        lock (current)
        {
            if (relativePaths.Any(current.Files.ContainsKey))
            {
                return false;
            }

            foreach (var path in relativePaths)
            {
                current.Files[path] = previous.Files[path];
                current.Stamps[path] = previous.Stamps[path];
            }
        }

        Interlocked.Add(ref unchanged, relativePaths.Count);
        return true;
    }

    /// <summary>True when the live site's copy of a site-wide file is the one the previous build recorded (same size and time).</summary>
    public bool IsUntouched(string relativePath) =>
        previous is not null && previous.Files.ContainsKey(relativePath) && previous.Stamps.TryGetValue(relativePath, out var stamp)
        && SiteManifest.FileStamp.Of(Resolve(target, relativePath)) == stamp;

    /// <summary>True once <see cref="Commit()"/> has begun: from then on the live site belongs to the commit.</summary>
    public bool CommitStarted { get; private set; }

    /// <summary>
    /// Deletes one of the builder's own files from the live site (its state cache), quietly; for a build that
    /// failed after trusting it. The manifest still lists it, which only makes the next build rewrite it.
    /// </summary>
    public void DiscardLive(string relativePath)
    {
        try
        {
            File.Delete(Resolve(target, relativePath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left as it is: the next build reads it again and, failing the same way, tries again.
        }
    }

    /// <summary>Starts a server whose folder is rebuilt: its files (under <c>servers/{segment}/</c> and its API file) go to staging.</summary>
    public void BeginServer(string segment, UInt128 fingerprint)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        Resolve(staging, ServersFolder + segment);
        lock (current)
        {
            ClaimServer(segment, new SiteManifest.ServerEntry(fingerprint, 0));
        }

        stagedServers[segment] = new FileCount();
    }

    public void Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes one file; safe to call from several threads at once (servers render in parallel).</summary>
    public void Write(string relativePath, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Write(relativePath, content.AsSpan());
    }

    /// <inheritdoc cref="Write(string, byte[])"/>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        var destination = Resolve(staging, relativePath);
        if (OwningServer(relativePath) is { } files)
        {
            Interlocked.Increment(ref files.Value);
        }
        else
        {
            var hash = Hash(SHA256.HashData(content));
            if (!ClaimFile(relativePath, hash))
            {
                Interlocked.Increment(ref unchanged);
                return;
            }
        }

        EnsureFolder(Path.GetDirectoryName(destination)!);

        // A new file in a new folder: no truncation, no preallocation, one write.
        using (var handle = File.OpenHandle(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(handle, content, 0);
        }

        Interlocked.Increment(ref written);
    }

    /// <summary>
    /// Opens a site-wide file to be written piece by piece (an export too large to hold), hashed as it goes.
    /// Disposing the stream records it; a file whose bytes turn out the same as the live one is dropped.
    /// </summary>
    public Stream OpenWrite(string relativePath)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        var destination = Resolve(staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        return new HashingFileStream(destination, digest =>
        {
            if (ClaimFile(relativePath, Hash(digest)))
            {
                Interlocked.Increment(ref written);
                return;
            }

            File.Delete(destination);
            Interlocked.Increment(ref unchanged);
        });
    }

    /// <summary>
    /// Puts the build in place and returns how many files of the previous site are gone. See the class
    /// summary for how; the manifest is the last thing to change.
    /// </summary>
    public int Commit() => Commit(beforeApply: null);

    /// <param name="beforeApply">Runs once the journal is saved and before the live site changes: lets a test stand for a process that dies there.</param>
    internal int Commit(Action? beforeApply)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        CommitStarted = true;
        foreach (var (segment, files) in stagedServers)
        {
            current.Servers[segment] = current.Servers[segment] with { Files = files.Value };
        }

        foreach (var file in stagedFiles)
        {
            // Renaming keeps the size and time, so the staged file's stamp is the live one's after the commit.
            if (SiteManifest.FileStamp.Of(Resolve(staging, file)) is { } stamp)
            {
                current.Stamps[file] = stamp;
            }
        }

        current.Write(Path.Combine(staging, SiteManifest.FileName));
        int removed;
        if (previous is null)
        {
            SwapWhole();
            removed = 0;
        }
        else
        {
            var journal = CommitJournal.Plan(previous, current, stagedServers.Keys, stagedFiles, ServersFolder, ServerApiFolder);
            journal.Save(staging);
            journalSaved = true;
            beforeApply?.Invoke();
            journal.Apply(staging, target);
            // A rebuilt server's folder is replaced as a whole; what it held beyond its new files is gone.
            removed = journal.RemovedFileCount + stagedServers.Keys.Sum(s => previous.Servers.TryGetValue(s, out var old) ? Math.Max(0, old.Files - current.Servers[s].Files) : 0);
            DeleteQuietly(staging);
        }

        committed = true;
        return removed;
    }

    /// <summary>
    /// Drops an unfinished build's staging folder. Once the commit's journal is saved the folder is the
    /// commit itself and stays: should applying it have failed, the next <see cref="Open"/> finishes it.
    /// </summary>
    public void Dispose()
    {
        if (!committed && !journalSaved && Directory.Exists(staging))
        {
            DeleteQuietly(staging);
        }

        madeFolders.Dispose();
    }

    /// <summary>
    /// The file count of the server a path belongs to, when that server is being rebuilt: its folder's files and its
    /// API file. Looked up without a lock or a substring: every page of the build passes here, and counting in the
    /// dictionary itself (AddOrUpdate) made its stripe locks the lock most waited on in a profile of the build.
    /// </summary>
    private FileCount? OwningServer(string relativePath)
    {
        var servers = stagedServers.GetAlternateLookup<ReadOnlySpan<char>>();
        var path = relativePath.AsSpan();
        if (path.StartsWith(ServersFolder, StringComparison.Ordinal))
        {
            var rest = path[ServersFolder.Length..];
            var end = rest.IndexOf('/');
            if (end > 0 && servers.TryGetValue(rest[..end], out var files))
            {
                return files;
            }
        }
        else if (path.StartsWith(ServerApiFolder, StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal)
            && servers.TryGetValue(path[ServerApiFolder.Length..^".json".Length], out var files))
        {
            return files;
        }

        return null;
    }

    /// <summary>Files staged for one rebuilt server, counted by the threads that write them.</summary>
    private sealed class FileCount
    {
        public int Value;
    }

    private void ClaimServer(string segment, SiteManifest.ServerEntry entry)
    {
        if (!current.Servers.TryAdd(segment, entry))
        {
            throw new InvalidOperationException($"Two servers want the same folder 'servers/{segment}/'.");
        }
    }

    /// <summary>Records a site-wide file; true when it must be staged, false when the live site already has these bytes.</summary>
    private bool ClaimFile(string relativePath, UInt128 hash)
    {
        lock (current)
        {
            if (!current.Files.TryAdd(relativePath, hash))
            {
                throw new InvalidOperationException($"Two outputs want the same file '{relativePath}'.");
            }

            if (previous is not null && previous.Files.TryGetValue(relativePath, out var old) && old == hash
                && previous.Stamps.TryGetValue(relativePath, out var stamp) && SiteManifest.FileStamp.Of(Resolve(target, relativePath)) == stamp)
            {
                current.Stamps[relativePath] = stamp;
                return false;
            }

            stagedFiles.Add(relativePath);
            return true;
        }
    }

    private static UInt128 Hash(ReadOnlySpan<byte> digest) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(digest);

    /// <summary>
    /// Creates a staged folder once: pages of one server share folders and are written by one thread soon
    /// after one another, so each thread remembers the folders it made lately. Per thread because a shared
    /// set was the build's hottest lock (counting a concurrent dictionary takes all its locks); a folder two
    /// threads both create is simply created twice, which is harmless.
    /// </summary>
    private void EnsureFolder(string folder)
    {
        var made = madeFolders.Value!;
        if (made.Contains(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        if (made.Count >= RememberedFolders)
        {
            made.Clear();
        }

        made.Add(folder);
    }

    private const int RememberedFolders = 4096;

    /// <summary>
    /// Two renames on the same file system: the old site (if any) steps aside, the new one takes its name,
    /// and the old one is put back if that fails.
    /// </summary>
    private void SwapWhole()
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var retired = Path.Combine(Path.GetDirectoryName(target)!, $"{StagingPrefix(target)}{Guid.NewGuid():N}");
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

        DeleteQuietly(retired);
    }

    /// <summary>Staging folders are hidden siblings of the output, so nothing of a build ever shows in the site before its commit.</summary>
    private static string StagingPrefix(string target) => $".{Path.GetFileName(target)}.staging-";

    /// <summary>
    /// Finishes what a killed process left: a staging folder holding a journal was being committed and is
    /// applied to the end; one without a journal was an unfinished build and is deleted.
    /// </summary>
    private static void Recover(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        foreach (var folder in Directory.EnumerateDirectories(parent, StagingPrefix(target) + "*").Order(StringComparer.Ordinal).ToList())
        {
            if (CommitJournal.Load(folder) is { } journal && Directory.Exists(target))
            {
                journal.Apply(folder, target);
            }

            DeleteQuietly(folder);
        }

        // Folders the earlier whole-site swap stepped aside with.
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(target)}.previous-*").ToList())
        {
            DeleteQuietly(folder);
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only clutter is left: the next Open tries again.
        }
    }

    /// <summary>
    /// The full path of a relative output path under <paramref name="root"/> (a full path with no trailing separator, as
    /// <see cref="Open"/> makes both roots), refusing anything that could leave it: rooted paths, backslashes, NULs, and
    /// empty, "." or ".." segments. Every file of the build passes here, so the checks are one pass over the path and the
    /// root is not resolved again: on Unix a path they let through is already normal, so resolving it (GetFullPath)
    /// could not change it. Windows normalises more (trailing dots and spaces), so there the resolved path is checked.
    /// </summary>
    internal static string Resolve(string root, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(relativePath);
        if (!IsPlainRelativePath(relativePath))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}': not a plain relative path.");
        }

        var separator = Path.DirectorySeparatorChar;
        var full = string.Concat(root, new ReadOnlySpan<char>(in separator), separator == '/' ? relativePath : relativePath.Replace('/', separator));
        if (OperatingSystem.IsWindows() && !Path.GetFullPath(full).StartsWith(root + separator, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}': it resolves outside the output folder.");
        }

        return full;
    }

    private static bool IsPlainRelativePath(string path)
    {
        if (path.Length == 0 || Path.IsPathRooted(path) || path.AsSpan().IndexOfAny('\\', '\0') >= 0)
        {
            return false;
        }

        foreach (var range in path.AsSpan().Split('/'))
        {
            var segment = path.AsSpan(range);
            if (segment.IsEmpty || segment is "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The previous build's manifest; null (build and swap the whole site) when there is no site yet or its
    /// manifest is unreadable. Throws for a folder with files but no manifest.
    /// </summary>
    private static SiteManifest? ReadPreviousManifest(string target)
    {
        if (!Directory.Exists(target))
        {
            return null;
        }

        var path = Path.Combine(target, SiteManifest.FileName);
        if (!File.Exists(path))
        {
            if (Directory.EnumerateFileSystemEntries(target).Any())
            {
                throw new IOException($"The output folder '{target}' is not empty and holds no {SiteManifest.FileName}; refusing to replace a folder this builder did not make.");
            }

            return null;
        }

        // A damaged manifest only costs a full build: the whole site is staged and swapped in.
        return SiteManifest.Read(path);
    }
}
