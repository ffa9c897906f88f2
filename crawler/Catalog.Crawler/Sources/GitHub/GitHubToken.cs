namespace Catalog.Crawler.Sources.GitHub;

/// <summary>
/// A GitHub token, kept out of every log line, record and message: <see cref="ToString"/> never shows it, and only
/// the connection reads the value to put it in the Authorization header.
/// </summary>
public sealed class GitHubToken
{
    private readonly string value;

    /// <exception cref="ArgumentException">The text is empty or holds whitespace inside.</exception>
    public GitHubToken(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("A GitHub token is one word with no spaces or line breaks.", nameof(value));
        }

        this.value = trimmed;
    }

    internal string Reveal() => value;

    public override string ToString() => "[redacted token]";
}
