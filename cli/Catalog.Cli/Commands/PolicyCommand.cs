using System.CommandLine;
using Catalog.Domain.Catalog;
using Catalog.Domain.Policies;
using Catalog.Site.Outputs;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog policy SERVER</c>: the recommended policy for a stored server, or one of its tools, on standard output.</summary>
public sealed class PolicyCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var server = new Argument<string>("server") { Description = "The server's slug, as in /servers/{server}/." };
        var db = CommonOptions.Database();
        var tool = new Option<string?>("--tool") { Description = "One tool's policy instead of the whole server's." };
        var format = new Option<string>("--format") { Description = "json (policy.json v1).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var profile = new Option<PolicyProfile>("--profile") { Description = "strict, balanced or permissive (whole server only).", DefaultValueFactory = _ => PolicyProfile.Balanced };
        var command = new Command("policy", "Print the recommended policy for a server or one of its tools.") { server, db, tool, format, profile };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(db)!;
            if (!file.Exists)
            {
                throw new CatalogUsageException($"database '{file.FullName}' does not exist.");
            }

            using var database = Composition.OpenDatabase(file);
            var slug = parsed.GetValue(server)!;
            var found = database.Reader.FindServer(slug) ?? throw new CatalogUsageException($"no server '{slug}' in the database.");
            var policies = Composition.Policies();
            var toolName = parsed.GetValue(tool);
            PolicyDocument document;
            if (toolName is null)
            {
                document = policies.ForServer(found, parsed.GetValue(profile));
            }
            else
            {
                CatalogTool match = found.Tools.FirstOrDefault(t => t.Name == toolName) ?? throw new CatalogUsageException($"server '{slug}' has no tool '{toolName}'.");
                document = policies.ForTool(match);
            }

            console.Out.WriteLine(PolicyJsonWriter.Write(document));
            return (int)ExitCode.Success;
        });
        return command;
    }
}
