using System.Text.Json;

namespace Catalog.Crawler.Sources.Registry;

/// <summary>
/// One page of <c>GET /v0.1/servers</c>: <c>{servers:[{server:{name, repository:{url, source, id}}, _meta:{...}}],
/// metadata:{nextCursor}}</c>. Read leniently: a member of an unexpected type is treated as absent.
/// </summary>
public sealed record RegistryPage(IReadOnlyList<RegistryEntry> Entries, string? NextCursor)
{
    private const string OfficialMeta = "io.modelcontextprotocol.registry/official";

    /// <exception cref="JsonException">The text is not JSON, or not an object with a servers list.</exception>
    public static RegistryPage Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("servers", out var servers) || servers.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("the page has no 'servers' list");
        }

        var entries = new List<RegistryEntry>();
        foreach (var item in servers.EnumerateArray())
        {
            var server = Member(item, "server");
            var name = Text(server, "name") ?? "(unnamed)";
            var repository = Member(server, "repository");
            var status = Text(Member(Member(item, "_meta"), OfficialMeta), "status") ?? Text(server, "status");
            entries.Add(new RegistryEntry(name, Text(repository, "url"), Text(repository, "source"), Text(repository, "id"), status));
        }

        var next = Text(Member(root, "metadata"), "nextCursor") ?? Text(Member(root, "metadata"), "next_cursor");
        return new RegistryPage(entries, string.IsNullOrEmpty(next) ? null : next);
    }

    private static JsonElement? Member(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var member) ? member : null;

    private static string? Text(JsonElement? element, string name) => Member(element, name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };
}
