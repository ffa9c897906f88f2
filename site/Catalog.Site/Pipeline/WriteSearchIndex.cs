using Catalog.Site.Search;

namespace Catalog.Site.Pipeline;

/// <summary>
/// Writes the search manifest and shards under <c>/search/</c>. Our own sharded index rather than
/// Pagefind: Pagefind builds its index by reading back every HTML page (600,000+ files here, a second
/// full pass over the disk), holds that index in memory while it builds, and would make a Node
/// binary part of every build; our index comes from the data already streaming past, is capped per
/// term, and splits shards by size so a query's download stays bounded at any catalogue size.
/// </summary>
internal sealed class WriteSearchIndex : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        var writer = new SearchShardWriter(context.Search, context.Output.Write);
        writer.Write(context.Links.SearchFolder);
        context.SearchStats = new SearchIndexStats(context.Search.Docs.Count, context.Search.TermCount, writer.ShardCount, writer.LargestShard, writer.ManifestSize);
    }
}
