namespace Catalog.Cli;

/// <summary>Where commands write: results to standard output, progress and errors to standard error.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    public void Log(string message) => Error.WriteLine(message);
}
