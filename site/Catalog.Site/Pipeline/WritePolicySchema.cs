using Catalog.Site.Outputs;

namespace Catalog.Site.Pipeline;

/// <summary>Publishes the JSON Schema every policy.json on the site validates against.</summary>
internal sealed class WritePolicySchema : ISiteStep
{
    public void Run(SiteBuildContext context) => context.Output.Write(context.Links.PolicySchema.FilePath, PolicySchema.Content());
}
