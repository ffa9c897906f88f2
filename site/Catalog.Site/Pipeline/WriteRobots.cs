namespace Catalog.Site.Pipeline;

internal sealed class WriteRobots : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        var text = "User-agent: *\nAllow: /\n";
        var sitemap = context.Links.Sitemap.Url;

        // The Sitemap directive must be an absolute URL; with a path-only base URL it is left out.
        if (Uri.TryCreate(sitemap, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            text += $"Sitemap: {absolute.AbsoluteUri}\n";
        }

        context.Output.Write(context.Links.Robots.FilePath, text);
    }
}
