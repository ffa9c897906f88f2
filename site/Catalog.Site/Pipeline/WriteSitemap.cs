using Catalog.Site.Outputs;

namespace Catalog.Site.Pipeline;

/// <summary>Lists every HTML page written so far (so it runs after all pages); the 404 page is not a page to index.</summary>
internal sealed class WriteSitemap : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        var urls = context.Output.Paths.Select(context.Links.PageUrlOf).OfType<string>().ToList();
        context.Output.Write(context.Links.Sitemap.FilePath, SitemapWriter.Write(urls));
    }
}
