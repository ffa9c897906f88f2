using System.Text.Json;

namespace Catalog.Site.Outputs;

/// <summary>
/// The single JSON configuration of the site: serializer options come from <see cref="SiteJsonContext"/>
/// and hand-written JSON (policies) uses writer options derived from them, so every file is indented,
/// escaped and ended the same way.
/// </summary>
internal static class SiteJson
{
    public static JsonSerializerOptions SerializerOptions => SiteJsonContext.Default.Options;

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = SerializerOptions.WriteIndented,
        IndentSize = SerializerOptions.IndentSize,
        IndentCharacter = SerializerOptions.IndentCharacter,
        NewLine = SerializerOptions.NewLine,
        Encoder = SerializerOptions.Encoder,
        MaxDepth = 64,
    };
}
