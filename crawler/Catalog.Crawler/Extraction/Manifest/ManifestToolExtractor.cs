using System.Text;
using System.Text.Json;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Manifest;

/// <summary>
/// Reads the tools an MCP bundle declares in its <c>manifest.json</c> (MCPB, formerly DXT). Only names and
/// descriptions are declared there, so every tool gets the empty input schema. A manifest.json without a
/// string <c>manifest_version</c> or <c>dxt_version</c> (a browser extension, a web app manifest) yields nothing.
/// </summary>
public sealed class ManifestToolExtractor : IToolExtractor
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public string Name => "manifest";

    public bool Accepts(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return string.Equals(System.IO.Path.GetFileName(file.Path), "manifest.json", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<ToolDefinition> Extract(SourceFile file, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(context);
        var utf8 = Encoding.UTF8.GetBytes(file.Text);
        var lines = new JsonLineMap(utf8);
        var scan = new ManifestScan();
        try
        {
            Scan(utf8, lines, scan, context.Cancellation);
        }
        catch (JsonException error) when (!(scan.IsBundle && scan.Tools.Count > 0))
        {
            throw new InvalidDataException($"{file.Path} is not valid JSON (line {error.LineNumber + 1}): {error.Message}", error);
        }
        catch (JsonException)
        {
            // A bundle manifest broken after some of its tools: keep the tools that were read whole.
        }

        if (!scan.IsBundle)
        {
            return [];
        }

        return scan.Tools.Select(t => new ToolDefinition
        {
            Name = t.Name,
            Description = t.Description ?? string.Empty,
            InputSchema = ToolDefinition.EmptyInputSchema,
            Location = new SourceLocation(file.Path, t.Line),
            Method = ExtractionMethods.Manifest,
        }).ToList();
    }

    // One forward pass over the tokens: the marker may come after the tools, so both are collected first.
    private static void Scan(byte[] utf8, JsonLineMap lines, ManifestScan scan, CancellationToken cancellation)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            cancellation.ThrowIfCancellationRequested();
            var property = reader.GetString();
            reader.Read();
            if (property is "manifest_version" or "dxt_version")
            {
                // A bundle's version is a string ("0.2"); a browser extension's manifest_version is a number.
                scan.IsBundle |= reader.TokenType == JsonTokenType.String;
                reader.Skip();
            }
            else if (property == "tools" && reader.TokenType == JsonTokenType.StartArray)
            {
                ReadTools(ref reader, lines, scan, cancellation);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadTools(ref Utf8JsonReader reader, JsonLineMap lines, ManifestScan scan, CancellationToken cancellation)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            cancellation.ThrowIfCancellationRequested();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            var line = lines.LineOf(reader.TokenStartIndex);
            string? name = null;
            string? description = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                reader.Read();
                if (property == "name" && reader.TokenType == JsonTokenType.String)
                {
                    name = reader.GetString();
                }
                else if (property == "description" && reader.TokenType == JsonTokenType.String)
                {
                    description = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            if (!string.IsNullOrWhiteSpace(name))
            {
                scan.Tools.Add(new ManifestTool(name, description, line));
            }
        }
    }

    private sealed class ManifestScan
    {
        public bool IsBundle { get; set; }

        public List<ManifestTool> Tools { get; } = [];
    }

    private sealed record ManifestTool(string Name, string? Description, int Line);
}
