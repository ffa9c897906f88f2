using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Catalog.Site.Outputs;

namespace Catalog.Site.Pipeline;

/// <summary>
/// Lists every HTML page: the site-wide ones written so far (so it runs after them) and every server and
/// tool page, taken from the search index's documents (a carried-over server writes nothing this build).
/// The 404 page is not a page to index.
/// Past the protocol's 50,000 URLs per file, <c>sitemap.xml</c> becomes an index of numbered sitemaps.
/// The sitemap is the set of URLs whatever order they come in, so it is kept as it is when the sum of
/// their hashes is the previous build's (sorting every URL is most of the step's work).
/// </summary>
internal sealed class WriteSitemap : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        var pages = context.Output.SiteFiles.Where(p => p != context.Links.NotFound.FilePath).Select(context.Links.PageUrlOf).OfType<string>()
            .Concat(context.Search.Docs.Select(d => context.Links.BaseUrl + d.Path));
        var (set, count) = SetOf(context);
        var inputs = new InputHash().Add(count).Add((long)(ulong)(set >> 64)).Add((long)(ulong)set).Finish();
        var files = count <= SitemapWriter.MaxUrls
            ? [context.Links.Sitemap.FilePath]
            : Enumerable.Range(1, (count + SitemapWriter.MaxUrls - 1) / SitemapWriter.MaxUrls).Select(i => context.Links.File($"sitemaps/{i}.xml").FilePath).Append(context.Links.Sitemap.FilePath).ToList();
        context.Inputs[context.Links.Sitemap.FilePath] = inputs;
        if (context.PreviousInputs.TryGetValue(context.Links.Sitemap.FilePath, out var previous) && previous == inputs && context.Output.TryKeep(files))
        {
            return;
        }

        var urls = pages.Order(StringComparer.Ordinal).ToList();
        if (urls.Count <= SitemapWriter.MaxUrls)
        {
            context.Output.Write(context.Links.Sitemap.FilePath, SitemapWriter.Write(urls));
            return;
        }

        var partCount = (urls.Count + SitemapWriter.MaxUrls - 1) / SitemapWriter.MaxUrls;
        var parts = Enumerable.Range(1, partCount).Select(i => context.Links.File($"sitemaps/{i}.xml")).ToList();
        Parallel.For(0, partCount, i =>
            context.Output.Write(parts[i].FilePath, SitemapWriter.Write(urls.Skip(i * SitemapWriter.MaxUrls).Take(SitemapWriter.MaxUrls))));
        context.Output.Write(context.Links.Sitemap.FilePath, SitemapWriter.WriteIndex(parts.Select(p => p.Url)));
    }

    /// <summary>
    /// The sum of the hashes of every URL the sitemap lists, and their number: the same for the same set in any
    /// order. A tool's URL is hashed in its parts, which hashes the same as the whole without making the string.
    /// </summary>
    private static (UInt128 Set, int Count) SetOf(SiteBuildContext context)
    {
        var links = context.Links;
        var files = context.Output.SiteFiles.Where(p => p != links.NotFound.FilePath).Select(links.PageUrlOf).OfType<string>().ToList();
        var set = files.Aggregate(UInt128.Zero, (sum, url) => sum + InputHash.Of(url));
        var docs = context.Search.Docs;
        var sums = new ConcurrentBag<UInt128>();
        Parallel.ForEach(Partitioner.Create(0, docs.Count, 16_384), range =>
        {
            var hash = new XxHash128();
            var sum = UInt128.Zero;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var doc = docs[i];
                Append(hash, links.BaseUrl);
                Append(hash, "servers/");
                Append(hash, doc.Server.Segment);
                Append(hash, "/");
                if (!doc.IsServer)
                {
                    Append(hash, "tools/");
                    Append(hash, doc.ToolSegment);
                    Append(hash, "/");
                }

                sum += hash.GetCurrentHashAsUInt128();
                hash.Reset();
            }

            sums.Add(sum);
        });
        foreach (var sum in sums)
        {
            set += sum;
        }

        return (set, files.Count + docs.Count);
    }

    private static void Append(XxHash128 hash, string text) => hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
}
