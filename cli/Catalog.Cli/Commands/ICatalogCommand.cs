using System.CommandLine;

namespace Catalog.Cli.Commands;

/// <summary>One sub-command: declares its options and binds them to a thin action.</summary>
public interface ICatalogCommand
{
    Command Create(CliConsole console);
}
