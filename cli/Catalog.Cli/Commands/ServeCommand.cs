using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Cli.Commands;

/// <summary><c>catalog serve</c>: serve a built site on the loopback address for a person to look at.</summary>
public sealed class ServeCommand : ICatalogCommand
{
    public Command Create(CliConsole console)
    {
        var output = CommonOptions.Output();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Serve the built site on http://127.0.0.1:PORT until stopped (Ctrl+C).") { output, port };
        command.SetAction(parsed =>
        {
            var root = parsed.GetValue(output)!;
            if (!File.Exists(Path.Combine(root.FullName, "index.html")))
            {
                throw new CatalogUsageException($"no site in '{root.FullName}'; run 'catalog build' or 'catalog nightly' first.");
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{parsed.GetValue(port)}");
            using var app = builder.Build();
            var files = new PhysicalFileProvider(root.FullName);
            app.UseStatusCodePagesWithReExecute("/404.html");
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            // The site's own formats beyond the defaults: the YAML policies (the gzip export is a default type).
            var types = new FileExtensionContentTypeProvider();
            types.Mappings[".yaml"] = "application/yaml";
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false, ContentTypeProvider = types });
            app.Start();
            foreach (var address in app.Urls)
            {
                console.Log($"serve: {root.FullName} on {address}/ (Ctrl+C to stop)");
            }

            app.WaitForShutdown();
            return (int)ExitCode.Success;
        });
        return command;
    }
}
