using System.Text.Json;

namespace Catalog.Crawler.Extraction.Manifest;

/// <summary>
/// Reads a <c>server.json</c> in the official MCP registry format. It declares identity and packages,
/// never tools. The field names of the early registry drafts (<c>version_detail</c>, <c>registry_name</c>)
/// are read too, because published files still use them.
/// </summary>
public static class ServerJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>True for a file named <c>server.json</c>, in any folder.</summary>
    public static bool IsServerJson(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return string.Equals(Path.GetFileName(file.Path), "server.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <exception cref="InvalidDataException">The text is not JSON, not an object, or has no name.</exception>
    public static ServerJsonInfo Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Text, DocumentOptions);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{file.Path} is not valid JSON (line {error.LineNumber + 1}): {error.Message}", error);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{file.Path} is not a JSON object.");
            }

            var name = Text(root, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InvalidDataException($"{file.Path} has no \"name\".");
            }

            return new ServerJsonInfo
            {
                Name = name,
                Title = Text(root, "title"),
                Description = Text(root, "description"),
                Version = Text(root, "version") ?? (root.TryGetProperty("version_detail", out var detail) ? Text(detail, "version") : null),
                Repository = Repository(root),
                Packages = Packages(root),
            };
        }
    }

    private static ServerJsonRepository? Repository(JsonElement root)
    {
        if (!root.TryGetProperty("repository", out var repository) || repository.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new ServerJsonRepository(Text(repository, "url"), Text(repository, "source"), Text(repository, "subfolder"));
    }

    private static List<ServerJsonPackage> Packages(JsonElement root)
    {
        var packages = new List<ServerJsonPackage>();
        if (!root.TryGetProperty("packages", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return packages;
        }

        foreach (var package in array.EnumerateArray())
        {
            if (package.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var registryType = Text(package, "registryType") ?? Text(package, "registry_type") ?? Text(package, "registry_name");
            var identifier = Text(package, "identifier") ?? Text(package, "name");
            if (registryType is not null && identifier is not null)
            {
                packages.Add(new ServerJsonPackage(registryType, identifier, Text(package, "version")));
            }
        }

        return packages;
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
