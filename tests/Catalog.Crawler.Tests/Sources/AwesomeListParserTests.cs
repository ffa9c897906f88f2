using Catalog.Crawler.Sources.AwesomeLists;

namespace Catalog.Crawler.Tests.Sources;

public sealed class AwesomeListParserTests
{
    private const string List = """
        # Awesome MCP Servers [![Awesome](https://awesome.re/badge.svg)](https://github.com/sindresorhus/awesome)

        A list. See [the contributing guide](https://github.com/lister/awesome-mcp/blob/main/CONTRIBUTING.md).

        ## Contents
        - [Databases](#databases)

        ## 🗄️ Databases
        - [Quarry SQL](https://github.com/quarry/sql-mcp) - query SQL databases.
        - <https://github.com/acme/pg-mcp>
        - [Docs](https://example.com/github.com/not/this)

        ### Read only
        - [Quarry again](https://github.com/Quarry/SQL-MCP.git) - listed twice.

        ## Files & Storage
        * [Cinder](https://github.com/cinder/files-mcp/tree/main/server) uses the `fs` module.
        * ![logo](https://github.com/logos/image.png)

        ```
        https://github.com/in/code-block
        ```

        ## Topics
        - [topic page](https://github.com/topics/mcp)
        """;

    [Fact]
    public void Parse_List_FindsRepositoriesWithTheirHeadingsAsTags()
    {
        var entries = AwesomeListParser.Parse(List, "lister/awesome-mcp");

        Assert.Equal(["quarry/sql-mcp", "acme/pg-mcp", "cinder/files-mcp"], entries.Select(e => e.Repository));
        Assert.Equal(["databases", "read-only"], entries[0].Tags);
        Assert.Equal(["databases"], entries[1].Tags);
        Assert.Equal(["files-storage"], entries[2].Tags);
    }

    [Fact]
    public void Parse_HostileLinks_TakesOnlyWellFormedGitHubRepositories()
    {
        var markdown = """
            ## Evil
            - [a](https://github.com/../../etc/passwd)
            - [b](javascript:alert(1))
            - [c](https://github.com/owner)
            - [d](https://evil.example/github.com/x/y)
            - [e](https://github.com/good/repo?tab=readme)
            """;

        var entries = AwesomeListParser.Parse(markdown);

        Assert.Equal(["good/repo"], entries.Select(e => e.Repository));
    }
}
