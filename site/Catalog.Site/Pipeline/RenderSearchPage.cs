using Catalog.Site.Pages;
using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

internal sealed class RenderSearchPage : ISiteStep
{
    /// <summary>Query words used at most; keeps the download of one query under 300 KB (manifest plus one shard per word).</summary>
    public const int MaxQueryTerms = 4;

    public void Run(SiteBuildContext context)
    {
        var page = new SearchPage
        {
            IndexUrl = context.Links.SearchManifest.Url,
            BaseUrl = context.Links.BaseUrl,
            MaxTerms = MaxQueryTerms,
            Kept = SearchIndex.PostingsKept,
        };
        context.WritePage(context.Links.Search, SearchPage.Template, page, "Search");
    }
}
