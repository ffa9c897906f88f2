namespace Catalog.Site.Pipeline;

/// <summary>A step run for each server as the servers stream past; it writes that server's outputs and keeps only small aggregates.</summary>
internal interface IServerStep
{
    string Name => GetType().Name;

    void Run(ServerWork server, SiteBuildContext context);
}
