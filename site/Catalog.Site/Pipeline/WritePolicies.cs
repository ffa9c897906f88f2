namespace Catalog.Site.Pipeline;

/// <summary>Writes policy.json and policy.yaml beside the server page and beside each tool page: the same text their code blocks show.</summary>
internal sealed class WritePolicies : IServerStep
{
    public void Run(ServerWork server, SiteBuildContext context)
    {
        context.Output.Write(server.Addresses.Policy.FilePath, server.PolicyJson);
        context.Output.Write(server.Addresses.PolicyYaml.FilePath, server.PolicyYaml);
        foreach (var tool in server.Tools)
        {
            context.Output.Write(tool.Addresses.Policy.FilePath, tool.PolicyJson);
            context.Output.Write(tool.Addresses.PolicyYaml.FilePath, tool.PolicyYaml);
        }
    }
}
