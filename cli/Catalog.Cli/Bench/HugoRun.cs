using System.Diagnostics;
using System.Text;
using Catalog.Domain.Catalog;

namespace Catalog.Cli.Bench;

/// <summary>
/// Hugo building the same catalogue as Markdown: a section per server (its list page is the server
/// page) and a page per tool with its description, parameters and policy, in a layout like ours
/// (header, navigation, badges, tables, code block). Only <c>hugo</c>'s own run is timed.
/// </summary>
public static class HugoRun
{
    public const string Executable = "/usr/bin/hugo";

    public static bool Available => File.Exists(Executable);

    /// <summary>Writes the Hugo site (config, layouts, content) for the catalogue into <paramref name="folder"/>.</summary>
    public static void Prepare(string folder, IEnumerable<CatalogServer> servers, Func<CatalogTool, string> policyJson)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "hugo.toml"), """
            baseURL = "/"
            title = "Catalog"
            disableKinds = ["taxonomy", "term", "RSS"]
            [markup.goldmark.renderer]
            unsafe = false
            """);
        var layouts = Path.Combine(folder, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
            <title>{{ .Title }} · {{ .Site.Title }}</title><link rel="stylesheet" href="/assets/site.css"><script src="/assets/copy.js" defer></script></head>
            <body><header class="site-header"><a class="brand" href="/">{{ .Site.Title }}</a>
            <form role="search" action="/search/" method="get"><input type="search" name="q"><button>Search</button></form>
            <nav aria-label="Main"><ul><li><a href="/servers/">Servers</a></li><li><a href="/risk/critical/">Critical risk</a></li><li><a href="/risk/high/">High risk</a></li><li><a href="/risk/medium/">Medium risk</a></li><li><a href="/risk/low/">Low risk</a></li><li><a href="/categories/read/">Read</a></li><li><a href="/categories/write/">Write</a></li><li><a href="/categories/execute/">Execute</a></li><li><a href="/changes/">Changes</a></li></ul></nav></header>
            <main id="main">{{ block "main" . }}{{ end }}</main>
            <footer class="site-footer"><p>{{ .Site.Title }} lists public MCP servers and labels the risk of every tool they expose.</p></footer></body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<nav class="breadcrumbs"><a href="/servers/">Servers</a> / <a href="{{ .Parent.RelPermalink }}">{{ .Params.server }}</a> / <span>{{ .Title }}</span></nav>
            <h1 class="tool-name">{{ .Title }}</h1>
            <section><h2>Label</h2><p class="badges"><span class="badge" data-category="{{ .Params.category }}">{{ .Params.category }}</span> <span class="badge" data-risk="{{ .Params.risk }}">{{ .Params.risk }} risk</span></p><p>Confidence: {{ .Params.confidence }}</p></section>
            <section><h2>Description</h2><div class="description">{{ .Content }}</div></section>
            <section><h2>Parameters</h2><table class="parameters"><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead><tbody>{{ range .Params.parameters }}<tr><td><code>{{ .name }}</code></td><td>{{ .type }}</td><td>{{ .description }}</td></tr>{{ end }}</tbody></table></section>
            <section><h2>Where it is defined</h2><p><a href="{{ .Params.source }}"><code>{{ .Params.location }}</code></a></p></section>
            <section><h2>Recommended policy</h2><div class="code-block"><button type="button" class="copy-button" hidden>Copy</button><pre><code>{{ .Params.policy }}</code></pre></div><p><a href="policy.json">Download policy.json</a></p></section>
            {{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "list.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><div class="description">{{ .Content }}</div>
            <table class="tools"><thead><tr><th>Tool</th><th>Category</th><th>Risk</th><th>Confidence</th></tr></thead><tbody>
            {{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td><span class="badge">{{ .Params.category }}</span></td><td><span class="badge">{{ .Params.risk }}</span></td><td>{{ .Params.confidence }}</td></tr>{{ end }}
            </tbody></table>{{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "index.html"), """
            {{ define "main" }}<h1>MCP servers and the risk of their tools</h1><p>{{ len .Site.RegularPages }} tools.</p>{{ end }}
            """);

        var content = Path.Combine(folder, "content", "servers");
        foreach (var server in servers)
        {
            var section = Path.Combine(content, server.Slug);
            Directory.CreateDirectory(section);
            File.WriteAllText(Path.Combine(section, "_index.md"), $"---\ntitle: {Quote(server.Identity.Name)}\n---\n\n{server.Facts.Description}\n");
            foreach (var tool in server.Tools)
            {
                var label = tool.Classification!;
                var page = new StringBuilder()
                    .Append("---\ntitle: ").Append(Quote(tool.Name)).Append('\n')
                    .Append("server: ").Append(Quote(server.Identity.Name)).Append('\n')
                    .Append("category: ").Append(label.Category).Append('\n')
                    .Append("risk: ").Append(label.Risk).Append('\n')
                    .Append("confidence: ").Append(label.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
                    .Append("location: ").Append(Quote(tool.Definition.Location.ToString())).Append('\n')
                    .Append("source: ").Append(Quote($"https://github.com/{server.Identity.Repository}/blob/main/{tool.Definition.Location.Path}")).Append('\n')
                    .Append("policy: ").Append(Quote(policyJson(tool))).Append('\n')
                    .Append("parameters:\n");
                foreach (var parameter in Parameters(tool.Definition.InputSchema))
                {
                    page.Append("  - name: ").Append(Quote(parameter.Name)).Append("\n    type: ").Append(Quote(parameter.Type)).Append("\n    description: ").Append(Quote(parameter.Description)).Append('\n');
                }

                page.Append("---\n\n").Append(tool.Definition.Description).Append('\n');
                File.WriteAllText(Path.Combine(section, tool.Name + ".md"), page.ToString());
            }
        }
    }

    /// <summary>Runs hugo on the prepared folder; returns the time, its peak resident memory (polled from /proc) and the HTML pages it wrote.</summary>
    public static (TimeSpan Elapsed, long? PeakBytes, int Pages) Build(string folder, string output)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--source", folder, "--destination", output, "--quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("hugo did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long? peak = null;
        while (!process.WaitForExit(20))
        {
            peak = PeakMemory.Of(process.Id) ?? peak;
        }

        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"hugo failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }

        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
        return (clock.Elapsed, peak, pages);
    }

    private static IEnumerable<(string Name, string Type, string Description)> Parameters(string schema)
    {
        using var document = System.Text.Json.JsonDocument.Parse(schema);
        foreach (var property in document.RootElement.GetProperty("properties").EnumerateObject())
        {
            yield return (property.Name, property.Value.GetProperty("type").GetString() ?? "", property.Value.GetProperty("description").GetString() ?? "");
        }
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
