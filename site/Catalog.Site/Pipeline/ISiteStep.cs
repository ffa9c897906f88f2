namespace Catalog.Site.Pipeline;

/// <summary>A step run once after every server has been seen: pages built from the aggregates, site-wide files, the swap.</summary>
internal interface ISiteStep
{
    string Name => GetType().Name;

    void Run(SiteBuildContext context);
}
