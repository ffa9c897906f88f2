using System.Globalization;
using System.Text;

namespace Catalog.Site.Pipeline;

/// <summary>
/// <c>/llms.txt</c>: a short Markdown guide for language models and agents, pointing at the
/// machine-readable files rather than the HTML. Only our own text and counts: no repository text.
/// </summary>
internal sealed class WriteLlmsTxt : ISiteStep
{
    public void Run(SiteBuildContext context)
    {
        var links = context.Links;
        var totals = context.Totals;
        var text = new StringBuilder()
            .Append("# ").Append(context.Chrome.Title).Append('\n').Append('\n')
            .Append("> A catalogue of public MCP (Model Context Protocol) servers: every tool they expose, read from their source code, labelled Read, Write or Execute with a risk level (Low to Critical), and a recommended gateway policy (policy.json v1) per server and per tool.\n\n")
            .Append(CultureInfo.InvariantCulture, $"It lists {totals.Servers.Count} servers and {totals.Counts.Tools} tools. Labels are recommendations from a classifier, not guarantees; every label carries a confidence and reasons.\n\n")
            .Append("## Data\n\n")
            .Append(CultureInfo.InvariantCulture, $"- [API index]({links.ApiIndex.Url}): every server with its counts, as JSON\n")
            .Append("- Per server: `").Append(links.BaseUrl).Append("api/servers/{server}.json` (tools, labels, policy) and `").Append(links.BaseUrl).Append("servers/{server}/policy.json`\n")
            .Append(CultureInfo.InvariantCulture, $"- [Whole catalogue]({links.CatalogExport.Url}): gzip-compressed JSON lines, one tool a line with its server, definition and label\n")
            .Append(CultureInfo.InvariantCulture, $"- [Changes feed]({links.ChangesFeed.Url}): Atom feed of added, changed and removed tools\n\n")
            .Append("## Pages\n\n")
            .Append(CultureInfo.InvariantCulture, $"- [Servers]({links.Servers.Url}): every server, filterable by language and risk\n")
            .Append(CultureInfo.InvariantCulture, $"- [Search]({links.Search.Url}): tools and servers by name, description words, category and risk\n")
            .Append(CultureInfo.InvariantCulture, $"- [Changes]({links.Changes.Url})\n");
        foreach (var risk in Pages.Labels.RisksHighestFirst)
        {
            text.Append(CultureInfo.InvariantCulture, $"- [{risk} risk tools]({links.Risk(risk).Url})\n");
        }

        context.Output.Write(links.LlmsTxt.FilePath, text.ToString());
    }
}
