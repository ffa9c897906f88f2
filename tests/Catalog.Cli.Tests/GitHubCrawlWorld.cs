using Catalog.Testing;
using Catalog.Testing.GitHub;

namespace Catalog.Cli.Tests;

/// <summary>
/// A fake GitHub and registry holding the bundled samples (found by topic search) and one repository for each other
/// source: one only in the registry, one only in an awesome list, one only found by code search, and one deleted from
/// the registry. Plus a temporary folder for the database and the token file.
/// </summary>
public sealed class GitHubCrawlWorld : IAsyncDisposable
{
    public const string Token = "ghp_e2e_secret_0123456789";
    public const string AwesomeList = "lister/awesome-mcp";
    public const string SecondAwesomeList = "lister/more-mcp";

    private readonly TemporaryDirectory folder = new("catalog-github");

    private GitHubCrawlWorld(FakeGitHubServer server)
    {
        Server = server;
        Database = folder.Combine("catalog.db");
        TokenFile = folder.WriteFile("token.txt", Token + "\n");
    }

    public FakeGitHubServer Server { get; }
    public string Folder => folder.Path;
    public string Database { get; }
    public string TokenFile { get; }

    public static async Task<GitHubCrawlWorld> StartAsync()
    {
        var server = await FakeGitHubServer.StartAsync();
        server.AddFolders("samples", RepositoryPaths.Samples);

        Quiet(server, "regonly", "registry-server");
        server.AddRegistryEntry(new FakeRegistryEntry("io.github.regonly/registry-server", "https://github.com/regonly/registry-server"));
        Quiet(server, "regonly", "deleted-server");
        server.AddRegistryEntry(new FakeRegistryEntry("io.github.regonly/deleted-server", "https://github.com/regonly/deleted-server", Status: "deleted"));

        Quiet(server, "listed", "awesome-only-server");
        var list = server.Add("lister", "awesome-mcp");
        list.Topics = [];
        list.SetFile("README.md", "# Awesome MCP\n\n## Payments\n\n- [Awesome only](https://github.com/listed/awesome-only-server) - listed here only.\n");
        var second = server.Add("lister", "more-mcp");
        second.Topics = [];
        second.SetFile("README.md", "# More MCP\n\n## Finance\n\n* <https://github.com/listed/awesome-only-server>\n");

        Quiet(server, "coded", "sdk-only-server");
        return new GitHubCrawlWorld(server);
    }

    /// <summary>Every option of a full network crawl against the fake server, with waits short enough for tests.</summary>
    public string[] CrawlArguments(string command = "crawl", string? database = null, bool token = true, params string[] extra)
    {
        var args = new List<string>
        {
            command, "--db", database ?? Database,
            "--github-api-url", Server.ApiUrl.AbsoluteUri,
            "--registry-url", Server.RegistryUrl.AbsoluteUri,
            "--awesome-list", AwesomeList,
            "--awesome-list", SecondAwesomeList,
            "--retry-delay-ms", "5",
            "--max-rate-limit-wait-s", "10",
        };
        if (token)
        {
            args.AddRange(["--token-file", TokenFile]);
        }

        args.AddRange(extra);
        return [.. args];
    }

    public CliResult Crawl(params string[] extra) => GitHubCliProcess.Run(Folder, CrawlArguments(extra: extra));

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        folder.Dispose();
    }

    /// <summary>A server repository without the search topic, so only its own source can find it.</summary>
    private static void Quiet(FakeGitHubServer server, string owner, string name)
    {
        var repository = server.Add(owner, name);
        repository.Topics = [];
        repository.SetFile("package.json", $$"""{ "name": "{{name}}", "dependencies": { "@modelcontextprotocol/sdk": "^1.12.0" } }""");
        repository.SetFile("src/index.ts", $$"""
            import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
            const server = new McpServer({ name: "{{name}}", version: "1.0.0" });
            server.tool("ping_{{name.Replace('-', '_')}}", "Answers pong.", {}, async () => ({ content: [] }));
            """);
    }
}
