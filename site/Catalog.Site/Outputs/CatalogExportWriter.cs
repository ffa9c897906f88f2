using System.Text.Json;
using Catalog.Domain.Catalog;
using Catalog.Site.Outputs.Api;
using Catalog.Site.Pages;

namespace Catalog.Site.Outputs;

/// <summary>
/// Writes <c>/api/catalog.jsonl</c> as the servers stream past: one compact JSON object per tool and
/// line, never the whole catalogue in memory. Lines come in the order the servers are read (the
/// store reads them by slug) and, within a server, by tool name.
/// </summary>
internal sealed class CatalogExportWriter : IDisposable
{
    private readonly Stream stream;
    private readonly Utf8JsonWriter writer;

    public CatalogExportWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = new BufferedStream(stream, 1 << 16);
        writer = new Utf8JsonWriter(this.stream, new JsonWriterOptions { Encoder = SiteJson.WriterOptions.Encoder, Indented = false });
    }

    public int Lines { get; private set; }

    public void Write(CatalogServer server, ServerAddresses addresses)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(addresses);
        var facts = server.Facts;
        foreach (var tool in server.Tools.DistinctBy(t => t.Name, StringComparer.Ordinal).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var definition = tool.Definition;
            var hints = definition.Annotations;
            var line = new ApiExportTool
            {
                Server = server.Slug,
                ServerName = server.Identity.Name,
                Repository = server.Identity.Repository,
                RepositoryUrl = RepositoryLinks.Repository(facts),
                Language = facts.Language,
                License = facts.License,
                Stars = facts.Stars,
                Tool = definition.Name,
                Title = definition.Title,
                Description = definition.Description,
                InputSchema = definition.InputSchema,
                Annotations = hints.Any ? new ApiAnnotations(hints.ReadOnlyHint, hints.DestructiveHint, hints.IdempotentHint, hints.OpenWorldHint) : null,
                Location = definition.Location.ToString(),
                Page = addresses.Tool(definition.Name).Page.Url,
                Label = tool.Classification is not { } label ? null : new ApiLabel
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
            JsonSerializer.Serialize(writer, line, SiteJsonContext.Default.ApiExportTool);
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
            Lines++;
        }
    }

    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }
}
