using Catalog.Site.Outputs;

namespace Catalog.Site.Pipeline;

/// <summary>
/// Keeps what this build worked out of the whole catalogue for the next one (see <see cref="SiteState"/>);
/// after every page, so the listing inputs are all recorded. Skipped for a catalogue without stamps, which
/// no later build could match the state against.
/// </summary>
internal sealed class WriteSiteState : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        if (context.StateServers is not { } servers)
        {
            return;
        }

        using var stream = context.Output.OpenWrite(SiteState.FileName);
        SiteState.Write(stream, context.Output.Build, servers, context.Search, context.Inputs);
    }
}
