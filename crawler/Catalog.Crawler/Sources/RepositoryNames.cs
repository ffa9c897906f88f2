using System.Text.RegularExpressions;

namespace Catalog.Crawler.Sources;

/// <summary>
/// Checks and extracts GitHub repository names (<c>owner/name</c>) from untrusted text: registry entries, README
/// links, search results. Anything that does not look exactly like a GitHub name is refused, so a hostile value can
/// never become a path or a URL of another shape.
/// </summary>
public static partial class RepositoryNames
{
    /// <summary>First path segments of github.com that are site pages, not owners.</summary>
    private static readonly HashSet<string> ReservedOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "apps", "collections", "contact", "customer-stories", "enterprise", "events", "explore", "features",
        "issues", "login", "marketplace", "new", "notifications", "orgs", "organizations", "pricing", "pulls", "search",
        "security", "settings", "site", "sponsors", "topics", "trending", "users",
    };

    /// <summary>True when <paramref name="text"/> is a well-formed <c>owner/name</c>.</summary>
    public static bool IsValid(string? text) =>
        text is not null && NamePattern().IsMatch(text) && !ReservedOwners.Contains(text[..text.IndexOf('/')]) && !text.EndsWith("/.", StringComparison.Ordinal) && !text.EndsWith("/..", StringComparison.Ordinal);

    /// <summary>Reads <c>owner/name</c> from a github.com address (with or without scheme, <c>.git</c>, or deeper path).</summary>
    public static bool TryParseUrl(string? url, out string repository)
    {
        repository = "";
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var match = GitHubUrlPattern().Match(url.Trim());
        if (!match.Success)
        {
            return false;
        }

        var name = match.Groups["name"].Value;
        if (name.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^4];
        }

        var candidate = $"{match.Groups["owner"].Value}/{name}";
        if (!IsValid(candidate))
        {
            return false;
        }

        repository = candidate;
        return true;
    }

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?github\.com/(?<owner>[A-Za-z0-9-]{1,39})/(?<name>[A-Za-z0-9._-]{1,100})(?:[/?#].*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GitHubUrlPattern();
}
