namespace Catalog.Crawler.Sources.GitHub;

/// <summary>A request that kept failing (timeouts, broken connections) after every retry; the message says how.</summary>
internal sealed class GitHubRequestFailedException(string message, Exception? inner = null) : Exception(message, inner);
