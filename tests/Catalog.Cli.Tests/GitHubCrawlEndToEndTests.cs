using System.Diagnostics;
using Catalog.Storage;
using Catalog.Testing.GitHub;

namespace Catalog.Cli.Tests;

/// <summary>
/// The real <c>catalog</c> program crawling a GitHub-compatible server over real HTTP into SQLite: every source,
/// incremental re-crawls, faults, and a process killed mid-crawl.
/// </summary>
public sealed class GitHubCrawlEndToEndTests : IAsyncLifetime
{
    private GitHubCrawlWorld world = null!;

    public async Task InitializeAsync() => world = await GitHubCrawlWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public void Crawl_EverySource_StoresWhatEachFound()
    {
        // Given samples found by topic, and one server each only in the registry, an awesome list and code search

        // When the program crawls all sources with a token
        var result = world.Crawl();

        // Then every server is stored, the deleted registry entry is not, and the list's heading became a tag
        Assert.True(result.ExitCode == 0, result.ToString());
        var repositories = GitHubCatalogDump.Strings(world.Database, "SELECT DISTINCT repository FROM servers ORDER BY repository");
        Assert.Contains("regonly/registry-server", repositories);
        Assert.Contains("listed/awesome-only-server", repositories);
        Assert.Contains("coded/sdk-only-server", repositories);
        Assert.Contains("samples/bluejay-issues-mcp", repositories);
        Assert.DoesNotContain("regonly/deleted-server", repositories);
        Assert.Equal(
            world.Server.Repositories.Count(r => r.Owner == "samples"),
            repositories.Count(r => r.StartsWith("samples/", StringComparison.Ordinal)));
        Assert.Equal("[\"finance\",\"payments\"]", GitHubCatalogDump.Strings(world.Database, "SELECT topics FROM servers WHERE repository = 'listed/awesome-only-server'").Single());
        Assert.Contains("repositories seen", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Crawl_WithToken_NeverWritesTheTokenAnywhere()
    {
        var result = world.Crawl();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(world.Server.AuthorizationsSeen, a => a.EndsWith(GitHubCrawlWorld.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(GitHubCrawlWorld.Token, result.Stdout + result.Stderr, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(world.Folder, "catalog.db*"))
        {
            Assert.DoesNotContain(GitHubCrawlWorld.Token, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Crawl_SecondRunNothingChanged_SendsOnlyNotModifiedRequests()
    {
        // Given a first crawl of every source
        var first = world.Crawl();
        Assert.True(first.ExitCode == 0, first.ToString());
        world.Server.Requests.Reset();
        world.Server.Log.Clear();

        // When the program crawls again and nothing changed
        var second = world.Crawl();

        // Then every GitHub request was answered 304, and the summary says nothing changed
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(world.Server.Requests.CountedGitHub == 0, string.Join("\n", world.Server.Log.Where(l => !l.StartsWith("304", StringComparison.Ordinal))));
        Assert.True(world.Server.Requests.NotModified > 0);
        Assert.Contains("0 new, 0 changed", second.Stderr, StringComparison.Ordinal);
        Assert.Contains(" 0 counted", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Crawl_OneRepositoryChanged_RefetchesOnlyItAndRecordsTheNewVersion()
    {
        // Given a first crawl, then a push that changes one tool's description
        Assert.Equal(0, world.Crawl().ExitCode);
        var bluejay = world.Server.Get("samples/bluejay-issues-mcp");
        var path = bluejay.Files.Keys.Single(p => p.EndsWith("comments.ts", StringComparison.Ordinal));
        bluejay.SetFile(path, System.Text.Encoding.UTF8.GetString(bluejay.Files[path]).Replace("Markdown is supported.", "Markdown and mentions are supported.", StringComparison.Ordinal));
        world.Server.Requests.Reset();

        // When the program crawls again
        var second = world.Crawl();

        // Then only that repository's tree was read, and the tool has a second version
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(1, world.Server.Requests.CountedOf(EndpointKind.Tree));
        Assert.Equal(1, world.Server.Requests.CountedOf(EndpointKind.Repository));
        Assert.Contains("1 changed", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(["Add a comment to an issue. Markdown is supported.", "Add a comment to an issue. Markdown and mentions are supported."],
            GitHubCatalogDump.Strings(world.Database, "SELECT v.description FROM tool_versions v JOIN tools t ON t.id = v.tool_id WHERE t.name = 'add_comment' ORDER BY v.version"));
    }

    [Fact]
    public void Crawl_FaultsEverywhere_FinishesRecordsFailuresAndTheNextRunCatchesUp()
    {
        // Given a GitHub that fails in every way it can
        var faults = world.Server.Faults;
        faults.ServerErrors(2);
        faults.SecondaryLimit(1, retryAfterSeconds: 1);
        faults.SlowReplies(TimeSpan.FromMilliseconds(200), count: 5);
        faults.MalformedJson(1, only: EndpointKind.Tree);
        faults.TruncateTrees = true;
        faults.BreakRepository("samples/harbor-mail-mcp");

        // When the program crawls
        var result = world.Crawl();

        // Then the run finishes as a partial failure, each failure recorded with its reason
        Assert.True(result.ExitCode == 1, result.ToString());
        using (var database = CatalogDatabase.Open(world.Database))
        {
            var run = database.Runs.FindRun(1)!;
            Assert.Equal(Catalog.Domain.Crawling.CrawlRunStatus.PartiallyFailed, run.Status);
            var skips = database.Runs.ListSkips(1);
            Assert.Contains(skips, s => s.Repository == "samples/harbor-mail-mcp" && s.Reason.StartsWith("failed: server error 500", StringComparison.Ordinal));
            Assert.Contains(skips, s => s.Reason.Contains("unreadable response", StringComparison.Ordinal));
            Assert.Contains(skips, s => s.Reason.Contains("truncated", StringComparison.Ordinal));
        }

        Assert.Contains("samples/harbor-mail-mcp", result.Stderr, StringComparison.Ordinal);

        // And when GitHub recovers, the next run fetches what failed
        faults.Reset();
        var next = world.Crawl();
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains("samples/harbor-mail-mcp", GitHubCatalogDump.Strings(world.Database, "SELECT repository FROM servers"));
    }

    [Fact]
    public void Crawl_ProcessKilledMidway_RerunEndsWithTheSameDatabaseAsACleanRun()
    {
        // Given forty more repositories and a slow GitHub
        RepositoryGenerator.AddGenerated(world.Server, 40);
        world.Server.Faults.Latency = TimeSpan.FromMilliseconds(25);

        // When the program is killed once some repositories are stored
        using (var process = GitHubCliProcess.Start(world.Folder, world.CrawlArguments(extra: ["--concurrency", "2"])))
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            // Polls the real database another process writes to; the kill must land between two stored repositories.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (GitHubCatalogDump.Count(world.Database, "repository_states") < 10 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.False(process.HasExited, "the crawl finished before it could be killed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var done = GitHubCatalogDump.Count(world.Database, "repository_states");
        var total = world.Server.Repositories.Count(r => r.Owner != "lister" && r.FullName != "regonly/deleted-server");
        Assert.InRange(done, 10, total - 1);

        // And run again to the end
        world.Server.Faults.Latency = TimeSpan.Zero;
        world.Server.Requests.Reset();
        var rerun = world.Crawl();
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var treesAfterKill = world.Server.Requests.Of(EndpointKind.Tree);

        // Then nothing finished before the kill was fetched again, and the database equals a clean run's
        var clean = Path.Combine(world.Folder, "clean.db");
        var cleanRun = GitHubCliProcess.Run(world.Folder, world.CrawlArguments(database: clean));
        Assert.True(cleanRun.ExitCode == 0, cleanRun.ToString());
        Assert.Equal(total - done, treesAfterKill);
        Assert.Equal(GitHubCatalogDump.Of(clean), GitHubCatalogDump.Of(world.Database));
    }

    [Fact]
    public async Task Crawl_InterruptedLikeCtrlC_StopsBetweenRepositoriesRecordsTheRunAndTheRerunCatchesUp()
    {
        // Given forty more repositories and a slow GitHub
        RepositoryGenerator.AddGenerated(world.Server, 40);
        world.Server.Faults.Latency = TimeSpan.FromMilliseconds(25);

        // When the program gets SIGINT (what Ctrl+C sends) once some repositories are stored
        string stderr;
        int exitCode;
        using (var process = GitHubCliProcess.Start(world.Folder, world.CrawlArguments(extra: ["--concurrency", "2"])))
        {
            _ = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            // Polls the real database another process writes to, as the kill test does.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (GitHubCatalogDump.Count(world.Database, "repository_states") < 10 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "the crawl finished before it could be interrupted");
            using (var signal = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(grace.Token);
            exitCode = process.ExitCode;
            stderr = await errors;
        }

        // Then it stopped on its own, said so, and recorded the crawl run as failed
        Assert.True(exitCode == 130, $"exit {exitCode}\n{stderr}");
        Assert.Contains("cancelled: stopped on request", stderr, StringComparison.Ordinal);
        Assert.Equal(["failed"], GitHubCatalogDump.Strings(world.Database, "SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1"));

        // And a rerun to the end gives the database a clean run gives
        world.Server.Faults.Latency = TimeSpan.Zero;
        var rerun = world.Crawl();
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var clean = Path.Combine(world.Folder, "clean.db");
        var cleanRun = GitHubCliProcess.Run(world.Folder, world.CrawlArguments(database: clean));
        Assert.True(cleanRun.ExitCode == 0, cleanRun.ToString());
        Assert.Equal(GitHubCatalogDump.Of(clean), GitHubCatalogDump.Of(world.Database));
    }

    [Fact]
    public void Crawl_NoToken_SaysSoOnceAndCrawlsWithoutCodeSearch()
    {
        var result = GitHubCliProcess.Run(world.Folder, world.CrawlArguments(token: false));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.Stderr.Split('\n'), l => l.Contains("no GitHub token", StringComparison.Ordinal));
        Assert.Equal(0, world.Server.Requests.Of(EndpointKind.SearchCode));
        Assert.Empty(world.Server.AuthorizationsSeen);
        Assert.DoesNotContain("coded/sdk-only-server", GitHubCatalogDump.Strings(world.Database, "SELECT repository FROM servers"));
    }

    [Fact]
    public void Crawl_TokenFromEnvironment_IsSentAndCodeSearchRuns()
    {
        var result = GitHubCliProcess.Run(world.Folder, new Dictionary<string, string> { ["GITHUB_TOKEN"] = "ghp_from_environment" }, world.CrawlArguments(token: false));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("no GitHub token", result.Stderr, StringComparison.Ordinal);
        Assert.All(world.Server.AuthorizationsSeen, a => Assert.EndsWith("ghp_from_environment", a, StringComparison.Ordinal));
        Assert.True(world.Server.Requests.Of(EndpointKind.SearchCode) > 0);
    }

    [Fact]
    public void Crawl_MaxRequests_StopsAndRecordsWhatWasNotReached()
    {
        var result = world.Crawl("--max-requests", "30", "--concurrency", "1");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(world.Server.Requests.Total - world.Server.Requests.Of(EndpointKind.Registry) <= 30, world.Server.Requests.ToString());
        Assert.Contains("not crawled: the request budget of 30 was used up", GitHubCatalogDump.Strings(world.Database, "SELECT reason FROM crawl_skips"));
    }

    [Fact]
    public void Crawl_SourceFolderWithNetworkOptions_IsAUsageError()
    {
        var result = GitHubCliProcess.Run(world.Folder, world.CrawlArguments(extra: ["--source", world.Folder]));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--source", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Nightly_WithNetworkOptions_CrawlsClassifiesAndBuilds()
    {
        var site = Path.Combine(world.Folder, "site");

        var result = GitHubCliProcess.Run(world.Folder, world.CrawlArguments("nightly", extra: ["--out", site]));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.True(Directory.Exists(Path.Combine(site, "servers", "regonly-registry-server")), result.ToString());
    }
}
