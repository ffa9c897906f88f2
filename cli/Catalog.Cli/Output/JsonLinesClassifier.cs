using System.Text.Json;
using Catalog.Domain.Classification;
using Catalog.Domain.Servers;
using Catalog.Domain.Tools;

namespace Catalog.Cli.Output;

/// <summary>
/// Labels tools given as JSON lines, without a database. A bad line is reported with its number and
/// skipped; the others are still labelled, and the exit code says some failed.
/// </summary>
public static class JsonLinesClassifier
{
    public static ExitCode Run(FileInfo input, FileInfo? output, IToolClassifier classifier, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(console);
        if (!input.Exists)
        {
            throw new CatalogUsageException($"input file '{input.FullName}' does not exist.");
        }

        using var writer = output is null ? null : new StreamWriter(output.FullName, append: false, new System.Text.UTF8Encoding(false));
        var target = writer ?? console.Out;
        var lineNumber = 0;
        var labelled = 0;
        var failed = 0;
        foreach (var line in File.ReadLines(input.FullName))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var (tool, server) = ReadTool(document.RootElement);
                var label = classifier.Classify(tool, server);
                target.WriteLine(JsonLines.Write(w =>
                {
                    w.WriteStartObject();
                    if (server is not null)
                    {
                        w.WriteString("server", server.Name);
                    }

                    ToolJsonWriter.WriteDefinition(w, tool);
                    ToolJsonWriter.WriteClassification(w, label);
                    w.WriteEndObject();
                }));
                labelled++;
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException)
            {
                failed++;
                console.Log($"classify: {input.Name} line {lineNumber}: {ex.Message}");
            }
        }

        console.Log($"classify: {labelled} tools labelled, {failed} lines failed");
        return failed > 0 ? ExitCode.PartialFailure : ExitCode.Success;
    }

    private static (ToolDefinition Tool, ServerIdentity? Server) ReadTool(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("expected a JSON object");
        }

        var name = Text(root, "name") ?? Text(root, "tool_name") ?? throw new InvalidDataException("the tool has no 'name'");
        var schema = root.TryGetProperty("inputSchema", out var s) && s.ValueKind == JsonValueKind.Object ? s.GetRawText() : ToolDefinition.EmptyInputSchema;
        var tool = new ToolDefinition
        {
            Name = name,
            Title = Text(root, "title"),
            Description = Text(root, "description") ?? "",
            InputSchema = schema,
            Annotations = ReadAnnotations(root),
            Location = new SourceLocation(Text(root, "path") ?? "", root.TryGetProperty("line", out var l) && l.TryGetInt32(out var line) ? line : 0),
            Method = Text(root, "method") ?? "input",
        };
        var serverName = Text(root, "server") ?? Text(root, "repo");
        var server = serverName is null ? null : new ServerIdentity { Slug = serverName, Name = serverName, Repository = serverName };
        return (tool, server);
    }

    private static ToolAnnotations ReadAnnotations(JsonElement root)
    {
        if (!root.TryGetProperty("annotations", out var a) || a.ValueKind != JsonValueKind.Object)
        {
            return ToolAnnotations.None;
        }

        return new ToolAnnotations(Hint(a, "readOnlyHint"), Hint(a, "destructiveHint"), Hint(a, "idempotentHint"), Hint(a, "openWorldHint"));
    }

    /// <summary>Only real booleans count; a hint computed at run time (given as a string) is unknown.</summary>
    private static bool? Hint(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
