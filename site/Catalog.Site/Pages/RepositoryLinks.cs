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
        var repository = Repository(facts);
        if (repository is null || !IsCommit(facts.HeadCommit))
        {
            return new SourceLink(text, null);
        }

        var subfolder = identity.Subfolder.Trim('/');
        var path = location.Path.TrimStart('/');
        if (subfolder.Length > 0 && !path.StartsWith(subfolder + "/", StringComparison.Ordinal))
        {
            path = subfolder + "/" + path;
        }

        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        var line = Math.Max(1, location.Line).ToString(CultureInfo.InvariantCulture);
        return new SourceLink(text, $"{repository}/blob/{facts.HeadCommit}/{escaped}#L{line}");
    }

    private static bool IsCommit(string? commit) =>
        commit is { Length: >= 7 and <= 64 } && commit.All(char.IsAsciiHexDigit);
}
