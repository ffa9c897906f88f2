using Catalog.Crawler.Extraction;
using Catalog.Crawler.Extraction.Manifest;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Tests.Extraction.Manifest;

public sealed class ManifestToolExtractorTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "manifest");

    [Theory]
    [InlineData("manifest.json", true)]
    [InlineData("extension/Manifest.JSON", true)]
    [InlineData("server.json", false)]
    [InlineData("manifest.json.bak", false)]
    [InlineData("my-manifest.json", false)]
    public void Accepts_ByFileName_OnlyManifestJson(string path, bool expected)
    {
        // Given / When / Then
        Assert.Equal(expected, new ManifestToolExtractor().Accepts(new SourceFile(path, "")));
    }

    [Fact]
    public void Extract_McpbManifest_ReadsEachNamedToolAtItsLine()
    {
        // Given an MCPB manifest with nested objects, a nameless tool and a non-object entry
        // When
        var tools = Extract("mcpb/manifest.json");

        // Then the named tools are found with their descriptions and the line of their object
        Assert.Equal(
            [
                ("read_file", "Reads a file.\nReturns its \"text\".", 12),
                ("write_file", "Writes a file", 16),
                ("list_dir", "", 19),
            ],
            tools.Select(t => (t.Name, t.Description, t.Location.Line)));
        Assert.All(tools, t => Assert.Equal(
            (ToolDefinition.EmptyInputSchema, ExtractionMethods.Manifest, "mcpb/manifest.json", (string?)null, ToolAnnotations.None),
            (t.InputSchema, t.Method, t.Location.Path, t.Title, t.Annotations)));
    }

    [Fact]
    public void Extract_DxtManifestWithCommentsAndMarkerLast_ReadsTools()
    {
        // Given a DXT manifest with comments, trailing commas, prompts, and dxt_version after the tools
        // When
        var tools = Extract("dxt/manifest.json");

        // Then
        Assert.Equal([("get_forecast", "Forecast for a city ☀️", 5)], tools.Select(t => (t.Name, t.Description, t.Location.Line)));
    }

    [Fact]
    public void Extract_BrowserExtensionManifest_FindsNothing()
    {
        // Given a browser extension's manifest.json (numeric manifest_version) with a "tools" array
        // When
        var tools = Extract("browser/manifest.json");

        // Then
        Assert.Empty(tools);
    }

    [Fact]
    public void Extract_InvalidJson_ThrowsWithPathAndLine()
    {
        // Given a manifest with a missing comma
        // When
        var error = Assert.Throws<InvalidDataException>(() => Extract("broken/manifest.json"));

        // Then the message says which file and where
        Assert.StartsWith("broken/manifest.json is not valid JSON (line 3)", error.Message);
    }

    [Fact]
    public void Extract_TruncatedBundleManifest_KeepsToolsReadWhole()
    {
        // Given a bundle manifest cut off in the middle of its second tool
        // When
        var tools = Extract("truncated/manifest.json");

        // Then
        Assert.Equal([("complete_tool", "Read whole", 5)], tools.Select(t => (t.Name, t.Description, t.Location.Line)));
    }

    private static List<ToolDefinition> Extract(string relativePath)
    {
        var file = new SourceFile(relativePath, File.ReadAllText(Path.Combine(FixtureRoot, relativePath)));
        var context = new ExtractionContext("owner/repo", new Dictionary<string, SourceFile> { [file.Path] = file });
        return new ManifestToolExtractor().Extract(file, context).ToList();
    }
}
