using System.CommandLine;
using Catalog.Domain.Catalog;
using Catalog.Domain.Policies;
using Catalog.Site.Outputs;

namespace Catalog.Cli.Commands;

/// <summary>
/// <c>catalog policy SERVER</c>: the recommended policy for a stored server, or one of its tools, on
/// standard output, as policy.json v1 or Intercept YAML: the same text the site publishes.
/// </summary>
public sealed class PolicyCommand : ICatalogCommand
{
    private static readonly string[] Profiles = ["strict", "balanced", "permissive"];

    public Command Create(CliConsole console)
    {
        var server = new Argument<string>("server") { Description = "The server's slug, as in /servers/{server}/." };
        var db = CommonOptions.Database();
        var tool = new Option<string?>("--tool") { Description = "One tool's policy (balanced, as on its page) instead of the whole server's." };
        var format = new Option<string>("--format") { Description = "json (policy.json v1) or yaml (Intercept).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "yaml");
        var profile = new Option<string>("--profile") { Description = "strict (reads only), balanced or permissive (everything, with limits); whole server only.", DefaultValueFactory = _ => "balanced" };
        profile.AcceptOnlyFromAmong(Profiles);
        var command = new Command("policy", "Print the recommended policy for a server or one of its tools.") { server, db, tool, format, profile };
        command.SetAction(parsed =>
        {
            var chosen = ParseProfile(parsed.GetValue(profile)!);
            var toolName = parsed.GetValue(tool);
            if (toolName is not null && chosen != PolicyProfile.Balanced)
            {
                throw new CatalogUsageException("--profile applies to a whole server; a tool's own policy is the balanced one its page shows.");
            }

            var file = parsed.GetValue(db)!;
            if (!file.Exists)
            {
                throw new CatalogUsageException($"database '{file.FullName}' does not exist.");
            }

            using var database = Composition.OpenDatabase(file);
            var slug = parsed.GetValue(server)!;
            var found = database.Reader.FindServer(slug) ?? throw new CatalogUsageException($"no server '{slug}' in the database.");
            var policies = Composition.Policies();
            var yaml = parsed.GetValue(format) == "yaml";
            string text;
            if (toolName is null)
            {
                text = yaml ? PolicyYamlWriter.Write(policies.InterceptForServer(found, chosen)) : PolicyJsonWriter.Write(policies.ForServer(found, chosen));
            }
            else
            {
                CatalogTool match = found.Tools.FirstOrDefault(t => t.Name == toolName) ?? throw new CatalogUsageException($"server '{slug}' has no tool '{toolName}'.");
                text = yaml ? PolicyYamlWriter.Write(policies.InterceptForTool(match)) : PolicyJsonWriter.Write(policies.ForTool(match));
            }

            // The YAML already ends with a line break; JSON does not.
            console.Out.Write(text.EndsWith('\n') ? text : text + "\n");
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static PolicyProfile ParseProfile(string name) => name switch
    {
        "strict" => PolicyProfile.Strict,
        "permissive" => PolicyProfile.Permissive,
        _ => PolicyProfile.Balanced,
    };
}
