using Catalog.Domain.Catalog;
using Catalog.Domain.Policies;
using Catalog.Site.Outputs;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

/// <summary>
/// One server while it is being built: its addresses, its tools (distinct by name, ordinal order),
/// their recommendations and the server's policy. Dropped once the server's steps have run.
/// </summary>
internal sealed class ServerWork
{
    private ServerWork(CatalogServer server, ServerAddresses addresses, IReadOnlyList<ToolWork> tools, LabelCounts counts, PolicyDocument policy, InterceptPolicy interceptPolicy)
    {
        Server = server;
        Addresses = addresses;
        Tools = tools;
        Counts = counts;
        Policy = policy;
        PolicyJson = PolicyJsonWriter.Write(policy);
        PolicyYaml = PolicyYamlWriter.Write(interceptPolicy);
    }

    public CatalogServer Server { get; }

    public ServerAddresses Addresses { get; }

    public IReadOnlyList<ToolWork> Tools { get; }

    public LabelCounts Counts { get; }

    /// <summary>The whole server's balanced policy.</summary>
    public PolicyDocument Policy { get; }

    public string PolicyJson { get; }

    /// <summary>The same policy as Intercept YAML.</summary>
    public string PolicyYaml { get; }

    public static ServerWork Prepare(ServerOutline outline, IPolicyRecommender policies)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var (server, tools, addresses, counts) = (outline.Server, outline.Tools, outline.Addresses, outline.Counts);
        var work = new List<ToolWork>(tools.Count);
        foreach (var tool in tools)
        {
            var toolAddresses = addresses.Tool(tool.Name);
            var row = ToolRow.Create(tool, toolAddresses.Page.Url, server.Identity.Name, addresses.Page.Url, tool.Classification?.DefinitionTokens);
            var policy = policies.ForTool(tool);
            var yaml = PolicyYamlWriter.Write(policies.InterceptForTool(tool));
            work.Add(new ToolWork(tool, toolAddresses, policies.Advise(tool), policy, PolicyJsonWriter.Write(policy), yaml, row, outline.Similar[tool.Name]));
        }

        // The server's policy is made from the definitions the tool pages show, so the two always agree.
        var shown = server with { Tools = tools };
        return new ServerWork(server, addresses, work, counts, policies.ForServer(shown, PolicyProfile.Balanced), policies.InterceptForServer(shown, PolicyProfile.Balanced));
    }
}
