using System.Buffers;
using System.Globalization;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Site.Pages;

/// <summary>
/// Links into a server's repository. The address and commit come from crawled data, so only http(s)
/// addresses are linked (never <c>javascript:</c> or <c>data:</c>) and path segments are escaped.
/// </summary>
internal static class RepositoryLinks
{
    /// <summary>The repository's web address when it is an absolute http(s) URL without credentials; null otherwise.</summary>
    public static string? Repository(ServerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.RepositoryUrl is not { Length: > 0 } text
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return uri.AbsoluteUri.TrimEnd('/');
    }

    /// <summary>
    /// Where a tool is defined, as <c>path:line</c>, linked to <c>{repository}/blob/{commit}/{subfolder}/{path}#L{line}</c>
    /// when both the repository and the commit are known. Locations are repository-relative, so the
    /// subfolder is only prefixed when the path does not already start with it.
    /// </summary>
    public static SourceLink Definition(ServerIdentity identity, ServerFacts facts, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(location);
        var text = location.ToString();
        var blob = BlobOf(facts);
        if (blob is null)
        {
            return new SourceLink(text, null);
        }

        var subfolder = identity.Subfolder.Trim('/');
        var path = location.Path.TrimStart('/');
        if (subfolder.Length > 0 && !(path.Length > subfolder.Length && path[subfolder.Length] == '/' && path.StartsWith(subfolder, StringComparison.Ordinal)))
        {
            path = subfolder + "/" + path;
        }

        // Most paths have nothing to escape, and escaping each segment then gives the path back unchanged.
        var escaped = path.AsSpan().ContainsAnyExcept(LeftUnescaped) ? string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) : path;
        var line = Math.Max(1, location.Line).ToString(CultureInfo.InvariantCulture);
        return new SourceLink(text, string.Concat(blob, escaped, "#L", line));
    }

    /// <summary><c>{repository}/blob/{commit}/</c>, or null when either is unknown or unsafe to link.</summary>
    private static string? BlobOf(ServerFacts facts)
    {
        // Every tool of a server asks with the same facts, one after the other on a thread: the address is
        // parsed once per server, not once per tool. Keyed by the values, so a change is never missed.
        var cached = lastBlob;
        if (cached is not null && string.Equals(cached.RepositoryUrl, facts.RepositoryUrl, StringComparison.Ordinal)
            && string.Equals(cached.HeadCommit, facts.HeadCommit, StringComparison.Ordinal))
        {
            return cached.Blob;
        }

        var repository = Repository(facts);
        var blob = repository is null || !IsCommit(facts.HeadCommit) ? null : $"{repository}/blob/{facts.HeadCommit}/";
        lastBlob = new CachedBlob(facts.RepositoryUrl, facts.HeadCommit, blob);
        return blob;
    }

    private static bool IsCommit(string? commit) =>
        commit is { Length: >= 7 and <= 64 } && commit.All(char.IsAsciiHexDigit);

    /// <summary>What <see cref="Uri.EscapeDataString(string)"/> leaves as it is (RFC 3986's unreserved characters), and the separator.</summary>
    private static readonly SearchValues<char> LeftUnescaped = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");

    [ThreadStatic]
    private static CachedBlob? lastBlob;

    private sealed record CachedBlob(string? RepositoryUrl, string? HeadCommit, string? Blob);
}
