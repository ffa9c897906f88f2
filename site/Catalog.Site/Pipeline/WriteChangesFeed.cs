using Catalog.Site.Outputs;

namespace Catalog.Site.Pipeline;

internal sealed class WriteChangesFeed : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        var changes = Orderings.NewestFirst(context.Changes).ToList();
        var rows = ChangeRows.Create(changes, context.Totals).Zip(changes, (row, change) => (row, change.At)).ToList();
        var bytes = ChangesFeedWriter.Write(context.Chrome.Title, context.Links.Changes.Url, context.Links.ChangesFeed.Url, rows);
        context.Output.Write(context.Links.ChangesFeed.FilePath, bytes);
    }
}
