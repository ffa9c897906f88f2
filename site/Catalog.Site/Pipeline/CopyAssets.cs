using Catalog.Site.Outputs;

namespace Catalog.Site.Pipeline;

internal sealed class CopyAssets : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        foreach (var (fileName, content) in EmbeddedResources.Assets())
        {
            context.Output.Write(context.Links.Asset(fileName).FilePath, content);
        }
    }
}
