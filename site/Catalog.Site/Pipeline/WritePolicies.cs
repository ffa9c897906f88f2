namespace Catalog.Site.Pipeline;

/// <summary>Writes policy.json beside the server page and beside each tool page: the same text their code blocks show.</summary>
internal sealed class WritePolicies : IServerStep
{
    public void Run(ServerWork server, SiteBuildContext context)
    {
        context.Output.Write(server.Addresses.Policy.FilePath, server.PolicyJson);
        foreach (var tool in server.Tools)
        {
            context.Output.Write(tool.Addresses.Policy.FilePath, tool.PolicyJson);
        }
    }
}
