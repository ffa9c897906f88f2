using Catalog.Domain.Text;

namespace Catalog.Cli;

/// <summary>Where commands write: results to standard output, progress and errors to standard error.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>
    /// Writes a progress or error line. Lines quote repositories (names, file paths, error messages), so hidden
    /// characters are shown as markers: an escape character in a file name must not reach the terminal as a
    /// control sequence.
    /// </summary>
    public void Log(string message) => Error.WriteLine(HiddenCharacters.Reveal(message));
}
