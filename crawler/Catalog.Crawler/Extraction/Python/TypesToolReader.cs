using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>
/// Reads the low-level API's tool objects: <c>types.Tool(name=..., description=..., inputSchema={...}, annotations=...)</c>
/// or a bare <c>Tool(...)</c>. The input schema dict is converted to JSON as written (True/False/None become
/// true/false/null); a schema that is not a literal gives the empty object schema.
/// </summary>
internal sealed class TypesToolReader(PythonModule module, PyLiteralConverter literals, CancellationToken cancellation)
{
    private TokenList Tokens => module.Tokens;

    public IEnumerable<ToolDefinition> Read()
    {
        foreach (var i in Tokens.FindCalls("Tool"))
        {
            cancellation.ThrowIfCancellationRequested();
            if (Tokens.IsIdentifier(i - 1, "class") || Tokens.IsIdentifier(i - 1, "def") || PythonCall.Read(Tokens, i + 1) is not { } call)
            {
                continue;
            }

            var nameRange = call.Keywords.TryGetValue("name", out var keyword) ? keyword : call.Positional.Count > 0 ? call.Positional[0] : (TokenRange?)null;
            if (nameRange is not { } range || ReadString(range) is not { } name)
            {
                continue;
            }

            var annotations = call.Keywords.TryGetValue("annotations", out var annotationsRange) ? literals.ConvertKeywordsOrDict(annotationsRange) : null;
            var schema = call.Keywords.TryGetValue("inputSchema", out var schemaRange) ? literals.Convert(schemaRange) as JsonObject : null;
            var title = call.Keywords.TryGetValue("title", out var titleRange) ? ReadString(titleRange) : null;
            yield return new ToolDefinition
            {
                Name = name,
                Title = title ?? (annotations?["title"] is JsonValue t && t.TryGetValue<string>(out var annotationTitle) ? annotationTitle : null),
                Description = (call.Keywords.TryGetValue("description", out var descriptionRange) ? ReadString(descriptionRange) : null) ?? string.Empty,
                InputSchema = schema is null ? ToolDefinition.EmptyInputSchema : CompactJson.ToText(schema),
                Annotations = PythonAnnotations.Read(annotations),
                Location = new SourceLocation(module.File.Path, ReceiverLine(i)),
                Method = ExtractionMethods.PyLowLevel,
            };
        }
    }

    private string? ReadString(TokenRange range) =>
        Tokens.TryReadString(range, module.Constants, out var text, adjacentConcatenation: true) ? text : null;

    private int ReceiverLine(int nameIndex)
    {
        var start = nameIndex;
        while (Tokens.IsPunctuation(start - 1, ".") && Tokens[start - 2].Kind == TokenKind.Identifier)
        {
            start -= 2;
        }

        return Tokens[start].Line;
    }
}
