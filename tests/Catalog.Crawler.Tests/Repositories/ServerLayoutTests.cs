using Catalog.Crawler.Repositories;
using Catalog.Testing;

namespace Catalog.Crawler.Tests.Repositories;

public sealed class ServerLayoutTests : IDisposable
{
    private readonly TemporaryDirectory repo = new();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void FindServerRoots_Monorepo_OneServerPerSdkPackage()
    {
        repo.WriteFile("package.json", """{"name":"acme-platform","private":true,"workspaces":["packages/*"]}""");
        repo.WriteFile("packages/billing/package.json", """{"name":"@acme/billing-mcp","description":"Billing tools","dependencies":{"@modelcontextprotocol/sdk":"^1.12.0"}}""");
        repo.WriteFile("packages/deploy/pyproject.toml", "[project]\nname = \"acme-deploy\"\ndependencies = [\n  \"mcp[cli]>=1.2.0\",\n]\n");
        repo.WriteFile("packages/ui/package.json", """{"name":"@acme/ui","dependencies":{"react":"^19"}}""");

        var roots = ServerLayout.FindServerRoots(Content());

        Assert.Equal(["packages/billing", "packages/deploy"], roots.Select(r => r.Folder));
        Assert.Equal("@acme/billing-mcp", roots[0].PackageName);
        Assert.Equal("Billing tools", roots[0].Description);
        Assert.Equal("acme-deploy", roots[1].PackageName);
    }

    [Fact]
    public void FindServerRoots_NoSdkManifest_RootIsTheServer()
    {
        repo.WriteFile("server.py", "print('hi')");

        var roots = ServerLayout.FindServerRoots(Content());

        Assert.Equal([""], roots.Select(r => r.Folder));
    }

    [Fact]
    public void FindServerRoots_BrokenPackageJsonWithSdk_StillAServer()
    {
        repo.WriteFile("package.json", """{"name": "x", "dependencies": {"@modelcontextprotocol/sdk": "1" """);

        var roots = ServerLayout.FindServerRoots(Content());

        var root = Assert.Single(roots);
        Assert.Equal("", root.Folder);
        Assert.Null(root.PackageName);
    }

    [Theory]
    [InlineData("go.mod", "module example.com/x\n\nrequire github.com/mark3labs/mcp-go v0.32.0\n")]
    [InlineData("Cargo.toml", "[package]\nname = \"x\"\n\n[dependencies]\nrmcp = { version = \"0.6\", features = [\"server\"] }\n")]
    [InlineData("Server.csproj", "<Project><ItemGroup><PackageReference Include=\"ModelContextProtocol\" Version=\"0.4.0\" /></ItemGroup></Project>")]
    [InlineData("pom.xml", "<project><dependency><artifactId>spring-ai-starter-mcp-server</artifactId></dependency></project>")]
    [InlineData("requirements.txt", "fastmcp>=2.0\nhttpx\n")]
    [InlineData("requirements.txt", "httpx\nmcp[cli]>=1.2\n")]
    [InlineData("pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\"httpx\", \"mcp>=1.8.1\"]\n")]
    public void FindServerRoots_SdkMarkerInEachEcosystem_Recognised(string manifest, string text)
    {
        repo.WriteFile($"server/{manifest}", text);

        var roots = ServerLayout.FindServerRoots(Content());

        Assert.Equal(["server"], roots.Select(r => r.Folder));
    }

    [Fact]
    public void OwnerOf_NestedRoots_DeepestWins()
    {
        ServerRoot outer = new("", null, null, null);
        ServerRoot inner = new("packages/a", null, null, null);

        Assert.Same(inner, ServerLayout.OwnerOf("packages/a/src/x.ts", [outer, inner]));
        Assert.Same(outer, ServerLayout.OwnerOf("packages/ab/x.ts", [outer, inner]));
    }

    private LocalRepositoryContent Content() => LocalRepositoryContent.ForFolder(repo.Path, "local:test");
}
