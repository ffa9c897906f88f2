using Catalog.Crawler.Extraction;
using Catalog.Crawler.Extraction.Manifest;

namespace Catalog.Crawler.Tests.Extraction.Manifest;

public sealed class ServerJsonReaderTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "manifest");

    [Fact]
    public void Read_RegistryFormat_ReturnsIdentityRepositoryAndPackages()
    {
        // Given a server.json in the current registry format, with an incomplete package and a non-object entry
        // When
        var info = ServerJsonReader.Read(Load("registry/server.json"));

        // Then
        Assert.Equal(
            ("io.github.acme/payments", "Acme Payments", "Payments for agents", "2.1.0"),
            (info.Name, info.Title, info.Description, info.Version));
        Assert.Equal(new ServerJsonRepository("https://github.com/acme/mcp-servers", "github", "servers/payments"), info.Repository);
        Assert.Equal(
            [new ServerJsonPackage("npm", "@acme/payments-mcp", "2.1.0"), new ServerJsonPackage("oci", "docker.io/acme/payments-mcp", null)],
            info.Packages);
    }

    [Fact]
    public void Read_DraftFormat_ReadsVersionDetailAndRegistryName()
    {
        // Given a server.json written against the early registry draft
        // When
        var info = ServerJsonReader.Read(Load("registry-draft/server.json"));

        // Then
        Assert.Equal(("io.github.someone/notes", (string?)null, "0.4.0"), (info.Name, info.Title, info.Version));
        Assert.Equal(new ServerJsonRepository("https://github.com/someone/notes-mcp", "github", null), info.Repository);
        Assert.Equal([new ServerJsonPackage("pypi", "notes-mcp", "0.4.0")], info.Packages);
    }

    [Theory]
    [InlineData("{\"name\": ", "server.json is not valid JSON")]
    [InlineData("[1, 2]", "server.json is not a JSON object.")]
    [InlineData("{\"description\": \"no name\"}", "server.json has no \"name\".")]
    public void Read_Unusable_ThrowsWithClearMessage(string text, string expectedStart)
    {
        // Given
        var file = new SourceFile("server.json", text);

        // When
        var error = Assert.Throws<InvalidDataException>(() => ServerJsonReader.Read(file));

        // Then
        Assert.StartsWith(expectedStart, error.Message);
    }

    [Theory]
    [InlineData("server.json", true)]
    [InlineData("servers/a/SERVER.json", true)]
    [InlineData("manifest.json", false)]
    public void IsServerJson_ByFileName(string path, bool expected)
    {
        // Given / When / Then
        Assert.Equal(expected, ServerJsonReader.IsServerJson(new SourceFile(path, "")));
    }

    private static SourceFile Load(string relativePath) => new(relativePath, File.ReadAllText(Path.Combine(FixtureRoot, relativePath)));
}
