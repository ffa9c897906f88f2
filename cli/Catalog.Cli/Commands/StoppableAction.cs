using System.CommandLine;

namespace Catalog.Cli.Commands;

/// <summary>
/// A command's work run so that Ctrl+C (SIGINT) or SIGTERM stops it cleanly: System.CommandLine cancels the token
/// it passes and waits for the work (see <see cref="CatalogApp.StopGrace"/>); the work runs on the thread pool so
/// the signal can be taken while it is busy. The stages stop between repositories, batches and servers, where
/// nothing is half written.
/// </summary>
internal static class StoppableAction
{
    public static void Set(Command command, Func<ParseResult, CancellationToken, int> work) =>
        command.SetAction((parsed, cancellation) => Task.Run(() => work(parsed, cancellation), CancellationToken.None));
}
