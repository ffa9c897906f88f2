using Catalog.Site.Outputs;
using Catalog.Site.Outputs.Api;
using Catalog.Site.Pages;

namespace Catalog.Site.Pipeline;

internal sealed class WriteServerApi : IServerStep
{
    /// <summary>This thread's buffer for the document being written (see <see cref="JsonScratch"/>).</summary>
    [ThreadStatic]
    private static JsonScratch? scratch;

    public void Run(ServerWork server, SiteBuildContext context)
    {
        var buffer = scratch ??= new JsonScratch(ServerApiJsonWriter.Options);
        var writer = buffer.Begin();
        ServerApiJsonWriter.WriteTo(writer, ToApi(server));
        writer.Flush();
        context.Output.Write(server.Addresses.Api.FilePath, buffer.Written);
    }

    /// <summary>The server's API document, as <c>/api/servers/{server}.json</c> shows it.</summary>
    internal static ApiServer ToApi(ServerWork server)
    {
        var identity = server.Server.Identity;
        var facts = server.Server.Facts;
        var tools = new ApiTool[server.Tools.Count];
        for (var i = 0; i < tools.Length; i++)
        {
            tools[i] = ToApi(server.Tools[i]);
        }

        return new ApiServer
        {
            Slug = identity.Slug,
            Name = identity.Name,
            Repository = identity.Repository,
            Subfolder = identity.Subfolder.Length > 0 ? identity.Subfolder : null,
            Description = facts.Description,
            Language = facts.Language,
            License = facts.License,
            Stars = facts.Stars,
            RepositoryUrl = RepositoryLinks.Repository(facts),
            UpdatedAt = server.Server.UpdatedAt,
            Page = server.Addresses.Page.Url,
            Counts = server.Counts.ToApi(),
            Tools = tools,
            Policy = server.Policy,
        };
    }

    private static ApiTool ToApi(ToolWork tool) => new()
    {
        Name = tool.Tool.Name,
        Title = tool.Tool.Definition.Title,
        Page = tool.Addresses.Page.Url,
        Policy = tool.Policy,
        Label = tool.Tool.Classification is not { } label ? null : new ApiLabel
        {
            Category = Labels.Key(label.Category),
            Risk = Labels.Key(label.Risk),
            Destructive = label.Destructive,
            Financial = label.Financial,
            Sensitive = label.Sensitive,
            Confidence = label.Confidence,
            ClassifierVersion = label.ClassifierVersion,
        },
    };
}
