using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// Reads <c>receiver.registerTool(name, { title, description, inputSchema, annotations }, handler)</c>. The config
/// may be a literal or a const object (also imported); its title wins over the annotations' title.
/// </summary>
internal sealed class RegisterToolCallReader(TypeScriptReadContext read)
{
    public IEnumerable<ToolDefinition> Read()
    {
        var module = read.Root;
        var tokens = module.Tokens;
        foreach (var i in tokens.FindCalls("registerTool"))
        {
            read.Workspace.Cancellation.ThrowIfCancellationRequested();
            if (!tokens.TrySplitArguments(i + 1, out var arguments) || arguments.Count < 2
                || read.ReadString(module, arguments[0]) is not { } name
                || read.ObjectLiteral(module, arguments[1]) is not { } config)
            {
                continue;
            }

            var members = TypeScriptReadContext.Members(config.Module.Tokens, config.Open);
            var annotations = members.TryGetValue("annotations", out var annotationsRange)
                ? read.Literals.Convert(config.Module, annotationsRange) as JsonObject
                : null;
            yield return new ToolDefinition
            {
                Name = name,
                Title = StringMember(config.Module, members, "title") ?? AnnotationsLiteral.Title(annotations),
                Description = (members.TryGetValue("description", out var descriptionRange) ? read.ReadDescription(config.Module, descriptionRange) : null) ?? string.Empty,
                InputSchema = members.TryGetValue("inputSchema", out var schemaRange)
                    ? InputSchema(config.Module, schemaRange) ?? ToolDefinition.EmptyInputSchema
                    : ToolDefinition.EmptyInputSchema,
                Annotations = AnnotationsLiteral.Read(annotations),
                Location = new SourceLocation(module.File.Path, TypeScriptReadContext.ReceiverLine(tokens, i)),
                Method = ExtractionMethods.TsRegisterTool,
            };
        }
    }

    private string? StringMember(TypeScriptModule module, Dictionary<string, TokenRange> members, string key) =>
        members.TryGetValue(key, out var range) ? read.ReadString(module, range) : null;

    /// <summary>registerTool takes a zod raw shape (or a zod object); a literal JSON Schema is read as written.</summary>
    private string? InputSchema(TypeScriptModule module, TokenRange range)
    {
        if (read.ObjectLiteral(module, range) is { } literal && ZodSchemaConverter.IsRawShape(literal.Module, literal.Open))
        {
            return CompactJson.ToText(read.Zod.ConvertShape(literal.Module, literal.Open, 0));
        }

        return read.ReadInputSchema(module, range);
    }
}
