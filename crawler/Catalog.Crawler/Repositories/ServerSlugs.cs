using System.Globalization;
using System.Text;

namespace Catalog.Crawler.Repositories;

/// <summary>
/// Slugs name servers in the store and in URLs: lower-case ASCII letters, digits and single dashes.
/// A repository <c>Acme/Payments_MCP</c> becomes <c>acme-payments-mcp</c>; a server in a monorepo
/// folder adds the folder's last segment.
/// </summary>
public static class ServerSlugs
{
    private const int MaxLength = 100;

    public static string FromRepository(string repository) => Normalize(repository);

    public static string ForServer(string repositorySlug, string subfolder)
    {
        if (subfolder.Length == 0)
        {
            return repositorySlug;
        }

        var last = subfolder[(subfolder.LastIndexOf('/') + 1)..];
        return Normalize(repositorySlug + "-" + last);
    }

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                // Accents decomposed by FormKD are dropped; every other character separates words.
                pendingDash = true;
            }
        }

        return builder.Length == 0 ? "server" : builder.ToString();
    }
}
