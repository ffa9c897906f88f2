using Catalog.Classifier.Model;
using Catalog.Domain.Classification;

namespace Catalog.Classifier.Tests.Model;

/// <summary>
/// A small made-up labelled set with unmistakable cases: reads that list and get, writes that create
/// and update notes, shell runners that execute commands, spread over a few invented repositories.
/// </summary>
internal static class SyntheticTools
{
    private static readonly string[] Repositories = ["acme/notes-mcp", "bluefin/files-mcp", "corvid/ops-mcp", "dune/tracker-mcp", "ember/shell-mcp", "fjord/docs-mcp"];

    private static readonly string[] Things = ["note", "file", "ticket", "page", "record", "folder", "board", "entry"];

    public static IReadOnlyList<LabelledTool> Create()
    {
        var tools = new List<LabelledTool>();
        for (var i = 0; i < Things.Length; i++)
        {
            var thing = Things[i];
            var repo = Repositories[i % Repositories.Length];
            tools.Add(Tool(repo, $"list_{thing}s", $"Lists all {thing}s in the workspace.", [P("limit", "integer")], ToolCategory.Read, RiskLevel.Low));
            tools.Add(Tool(repo, $"get_{thing}", $"Gets one {thing} by its id.", [P("id", "string", true)], ToolCategory.Read, RiskLevel.Low));
            tools.Add(Tool(repo, $"search_{thing}s", $"Searches {thing}s matching a text.", [P("text", "string", true)], ToolCategory.Read, RiskLevel.Low));
            tools.Add(Tool(repo, $"create_{thing}", $"Creates a new {thing} with the given title.", [P("title", "string", true), P("body", "string")], ToolCategory.Write, RiskLevel.Medium));
            tools.Add(Tool(repo, $"update_{thing}", $"Updates the title of a {thing}.", [P("id", "string", true), P("title", "string", true)], ToolCategory.Write, RiskLevel.Medium));
            tools.Add(Tool(repo, $"delete_{thing}", $"Deletes a {thing} permanently.", [P("id", "string", true)], ToolCategory.Write, RiskLevel.High, destructive: true));
            tools.Add(Tool(repo, $"run_{thing}_command", $"Executes a shell command on the {thing} host and returns its output.", [P("command", "string", true)], ToolCategory.Execute, RiskLevel.Critical));
            tools.Add(Tool(repo, $"execute_{thing}_script", $"Runs a script against the {thing} server.", [P("script", "string", true)], ToolCategory.Execute, RiskLevel.Critical));
        }

        return tools;
    }

    public static LabelledTool Tool(
        string repo,
        string name,
        string description,
        IReadOnlyList<ToolParameterShape>? parameters,
        ToolCategory category,
        RiskLevel risk,
        bool destructive = false) => new()
    {
        Repo = repo,
        Tool = new ModelToolInput { Name = name, Description = description, Parameters = parameters, ServerName = repo },
        Labels = new ToolLabels { Category = category, Risk = risk, Destructive = destructive, Financial = false, Sensitive = false },
    };

    private static ToolParameterShape P(string name, string type, bool required = false) => new(name, type, required);
}
