using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

internal sealed class RenderNotFound : ISiteStep
{
    public void Run(SiteBuildContext context) =>
        context.WritePage(context.Links.NotFound, NotFoundPage.Template, new NotFoundPage { HomeUrl = context.Links.Home.Url }, "Page not found");
}
