using System.Security.Cryptography;
using System.Text;

namespace Catalog.Testing.GitHub;

/// <summary>
/// One repository the fake server serves: metadata and files at a single commit. The head commit is a hash of the
/// files, and changing a file moves <see cref="PushedAt"/>, so the metadata's ETag changes exactly when GitHub's would.
/// Thread-safe: tests change it between crawls while the server reads it.
/// </summary>
public sealed class FakeRepository
{
    private readonly object gate = new();
    private readonly SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private Snapshot? snapshot;
    private int stars;
    private string? description;
    private IReadOnlyList<string> topics = ["mcp-server"];

    public FakeRepository(long id, string owner, string name, DateTimeOffset createdAt)
    {
        Id = id;
        Owner = owner;
        Name = name;
        CreatedAt = createdAt;
        PushedAt = createdAt;
    }

    public long Id { get; }
    public string Owner { get; }
    public string Name { get; }
    public string FullName => $"{Owner}/{Name}";
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset PushedAt { get; private set; }
    public string DefaultBranch { get; init; } = "main";
    public string? Language { get; init; }
    public string? License { get; init; } = "MIT License";
    public bool Archived { get; init; }

    public int Stars
    {
        get { lock (gate) { return stars; } }
        set { lock (gate) { stars = value; snapshot = null; } }
    }

    public string? Description
    {
        get { lock (gate) { return description; } }
        set { lock (gate) { description = value; snapshot = null; } }
    }

    public IReadOnlyList<string> Topics
    {
        get { lock (gate) { return topics; } }
        set { lock (gate) { topics = [.. value]; snapshot = null; } }
    }

    /// <summary>True for a repository with no commits: the head-commit request answers 409 as GitHub's does.</summary>
    public bool IsEmpty
    {
        get { lock (gate) { return files.Count == 0; } }
    }

    public void SetFile(string path, string text) => SetFile(path, Encoding.UTF8.GetBytes(text));

    public void SetFile(string path, byte[] content)
    {
        lock (gate)
        {
            files[path] = content;
            Touch();
        }
    }

    public void RemoveFile(string path)
    {
        lock (gate)
        {
            if (files.Remove(path))
            {
                Touch();
            }
        }
    }

    public IReadOnlyDictionary<string, byte[]> Files
    {
        get { lock (gate) { return new Dictionary<string, byte[]>(files, StringComparer.Ordinal); } }
    }

    /// <summary>The commit the files are at (a hash of them); null for an empty repository.</summary>
    public string? HeadCommit => Current.HeadCommit;

    /// <summary>The files, head commit and entity tag as one consistent view.</summary>
    internal Snapshot Current
    {
        get
        {
            lock (gate)
            {
                return snapshot ??= Build();
            }
        }
    }

    /// <summary>Copies every file under <paramref name="folder"/> (build output and dependency folders excepted).</summary>
    public FakeRepository AddFolder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.Split('/').Any(p => p is "bin" or "obj" or "node_modules" or ".git"))
            {
                continue;
            }

            SetFile(relative, File.ReadAllBytes(file));
        }

        return this;
    }

    public static string GitBlobSha(byte[] content)
    {
        var header = Encoding.ASCII.GetBytes($"blob {content.Length}\0");
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. content]));
    }

    private void Touch()
    {
        // Each change is a push a minute after the last one: deterministic, and always moving forward.
        PushedAt = PushedAt.AddMinutes(1);
        snapshot = null;
    }

    private Snapshot Build()
    {
        var blobs = files.ToDictionary(f => f.Key, f => GitBlobSha(f.Value), StringComparer.Ordinal);
        var byBlob = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, sha) in blobs)
        {
            byBlob[sha] = files[path];
        }

        var head = files.Count == 0 ? null : Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Join("\n", blobs.Select(b => $"{b.Key} {b.Value}")))));
        var metadata = FakeJson.Repository(this, stars, description, topics);
        var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(metadata)))[..32]}\"";
        return new Snapshot(new Dictionary<string, byte[]>(files, StringComparer.Ordinal), blobs, byBlob, head, metadata, etag);
    }

    internal sealed record Snapshot(
        IReadOnlyDictionary<string, byte[]> Files,
        IReadOnlyDictionary<string, string> BlobByPath,
        IReadOnlyDictionary<string, byte[]> ContentByBlob,
        string? HeadCommit,
        string MetadataJson,
        string ETag);
}
