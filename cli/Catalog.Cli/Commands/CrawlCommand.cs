using System.CommandLine;
using Catalog.Cli.Stages;
using Catalog.Crawler.Sources.GitHub;
using Catalog.Storage;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog crawl</c>: discover repositories and store their tools.</summary>
public sealed class CrawlCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var source = CommonOptions.Source();
        var network = new CrawlOptions();
        var command = new Command("crawl", "Discover MCP server repositories (a local folder, or GitHub, the MCP registry and awesome lists) and store every tool definition found in them.") { db, source };
        network.AddTo(command);
        StoppableAction.Set(command, (parsed, cancellation) =>
        {
            var settings = network.Read(parsed);
            using var database = Composition.OpenDatabase(parsed.GetValue(db)!);
            var outcome = Crawl(database, settings, parsed, source, console, cancellation);
            return (int)StageOutcomes.ToExitCode(outcome);
        });
        return command;
    }

    /// <summary>
    /// Runs the crawl the options ask for: the network sources when any is named, otherwise the local folder
    /// (the bundled samples by default). Shared with <c>nightly</c>.
    /// </summary>
    internal static StageOutcome Crawl(CatalogDatabase database, CrawlSettings settings, ParseResult parsed, Option<DirectoryInfo> source, CliConsole console, CancellationToken cancellation)
    {
        var scanner = Composition.Scanner();
        var stage = new CrawlStage(database.Runs, database.Servers, scanner, console, database.Repositories);
        if (!settings.IsRemote)
        {
            return stage.Run(SourceFactory.Local(parsed.GetValue(source)!), cancellation);
        }

        if (parsed.GetResult(source) is { Implicit: false })
        {
            throw new CatalogUsageException("--source reads a local folder; it cannot be combined with --github-api-url, --registry-url or --awesome-list.");
        }

        var cache = new ConditionalResponseCache(database.Repositories.ListCachedResponses());
        using var remote = SourceFactory.Remote(settings, console, cache, scanner);
        return stage.Run(remote, cancellation);
    }
}
