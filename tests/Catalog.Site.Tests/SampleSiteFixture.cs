using Catalog.Testing;

namespace Catalog.Site.Tests;

/// <summary>The sample catalogue built once into a temporary folder, for tests that only read the pages.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TemporaryDirectory directory = new("catalog-site");

    public SampleSiteFixture()
    {
        Output = directory.Combine("site");
        Result = new SiteBuilder(new SiteOptions { OutputDirectory = Output }, new FakePolicyRecommender())
            .Build(SampleCatalog.All(), SampleCatalog.Changes());
        Site = new BuiltSite(Output);
    }

    public string Parent => directory.Path;

    public string Output { get; }

    public SiteBuildResult Result { get; }

    internal BuiltSite Site { get; }

    public void Dispose() => directory.Dispose();
}
