using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Catalog.Crawler.Repositories;

/// <summary>
/// Decides which folders of a repository are servers. A folder is a server when its package manifest
/// (package.json, pyproject.toml, go.mod, Cargo.toml, *.csproj, pom.xml, build.gradle) depends on an MCP SDK.
/// A monorepo yields one server per such folder; a repository with no such manifest is one server at its root.
/// </summary>
public static partial class ServerLayout
{
    private static readonly string[] ManifestNames =
    [
        "package.json", "pyproject.toml", "setup.py", "requirements.txt", "go.mod", "Cargo.toml", "pom.xml", "build.gradle", "build.gradle.kts",
    ];

    /// <summary>Manifests are read to look for SDK markers; a larger one is not a real manifest.</summary>
    private const long MaxManifestBytes = 256 * 1024;

    public static bool IsManifest(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return ManifestNames.Contains(name, StringComparer.Ordinal) || name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Server roots ordered by folder; never empty.</summary>
    public static IReadOnlyList<ServerRoot> FindServerRoots(IRepositoryContent repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var roots = new SortedDictionary<string, ServerRoot>(StringComparer.Ordinal);
        foreach (var entry in repository.ListFiles())
        {
            if (!IsManifest(entry.Path) || RepositoryPathRules.IsIgnored(entry.Path) || entry.Size > MaxManifestBytes)
            {
                continue;
            }

            var folder = RepositoryPathRules.DirectoryOf(entry.Path);
            if (roots.ContainsKey(folder))
            {
                continue;
            }

            string text;
            try
            {
                text = Encoding.UTF8.GetString(repository.ReadFile(entry.Path));
            }
            catch (IOException)
            {
                continue;
            }

            if (McpSdkMarker().IsMatch(text))
            {
                roots[folder] = Describe(folder, entry.Path, text);
            }
        }

        if (roots.Count == 0)
        {
            return [new ServerRoot("", null, null, null)];
        }

        return [.. roots.Values];
    }

    /// <summary>The server root that owns <paramref name="path"/>: the deepest one containing it.</summary>
    public static ServerRoot? OwnerOf(string path, IReadOnlyList<ServerRoot> roots)
    {
        ServerRoot? best = null;
        foreach (var root in roots)
        {
            if (RepositoryPathRules.IsUnder(path, root.Folder) && (best is null || root.Folder.Length > best.Folder.Length))
            {
                best = root;
            }
        }

        return best;
    }

    private static ServerRoot Describe(string folder, string manifestPath, string text)
    {
        string? name = null;
        string? description = null;
        if (manifestPath.EndsWith("package.json", StringComparison.Ordinal))
        {
            try
            {
                using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    name = StringMember(doc.RootElement, "name");
                    description = StringMember(doc.RootElement, "description");
                }
            }
            catch (JsonException)
            {
                // A broken package.json still marks a server; it only loses its name.
            }
        }
        else
        {
            var nameMatch = ManifestName().Match(text);
            if (nameMatch.Success)
            {
                name = nameMatch.Groups["name"].Value;
            }

            var descriptionMatch = TomlDescription().Match(text);
            if (descriptionMatch.Success)
            {
                description = descriptionMatch.Groups["d"].Value;
            }
        }

        return new ServerRoot(folder, name, description, manifestPath);
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Dependencies that only an MCP server (or client) would declare.</summary>
    [GeneratedRegex("""@modelcontextprotocol/sdk|"fastmcp"|\bfastmcp\b|["']mcp(\[[a-z,]+\])?\s*([<>=~!][^"']*)?["']|(?m)^\s*mcp(\[[a-z,]+\])?\s*([<>=~!]|$)|mcp\s*=\s*[\["{]|mark3labs/mcp-go|modelcontextprotocol/go-sdk|metoro-io/mcp-golang|\bModelContextProtocol\b|(?m)^\s*rmcp\s*=|\brmcp\b|spring-ai-(starter-)?mcp|io\.modelcontextprotocol""")]
    private static partial Regex McpSdkMarker();

    [GeneratedRegex(@"(?m)^\s*name\s*=\s*""(?<name>[^""\r\n]{1,200})""")]
    private static partial Regex ManifestName();

    [GeneratedRegex(@"(?m)^\s*description\s*=\s*""(?<d>[^""\r\n]{1,500})""")]
    private static partial Regex TomlDescription();
}
