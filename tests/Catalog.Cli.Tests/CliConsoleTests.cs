namespace Catalog.Cli.Tests;

public sealed class CliConsoleTests
{
    [Fact]
    public void Log_RepositoryTextWithTerminalEscapes_WrittenAsMarkers()
    {
        // Given a log line quoting a hostile file name: clear the screen, then a bidi override
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error);

        // When it is logged
        console.Log("extract: skipped acme/x/src/\u001B[2J\u202Eevil.ts: too large");

        // Then the characters are shown, not sent, and nothing goes to standard output
        Assert.Equal("extract: skipped acme/x/src/[U+001B][2J[U+202E]evil.ts: too large" + Environment.NewLine, error.ToString());
        Assert.Empty(output.ToString());
    }
}
