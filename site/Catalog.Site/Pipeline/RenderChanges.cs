using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

internal sealed class RenderChanges : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        var page = new ChangesPage { Changes = ChangeRows.Create(context.Changes, context.Totals).ToList() };
        context.WritePage(context.Links.Changes, ChangesPage.Template, page, "Changes");
    }
}
