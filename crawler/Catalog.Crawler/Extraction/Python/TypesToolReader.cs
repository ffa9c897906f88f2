using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>
/// Reads the low-level API's tool objects: <c>types.Tool(name=..., description=..., inputSchema={...}, annotations=...)</c>
/// or a bare <c>Tool(...)</c>. The input schema dict is converted to JSON as written (True/False/None become
/// true/false/null); a schema that is not a literal gives the empty object schema. In class-based handlers a name
/// given as <c>self.name</c> is read from the class: <c>self.name = "..."</c>, a class attribute, or the name the
/// class hands to its base with <c>super().__init__("...")</c>.
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
            if (nameRange is not { } range || (ReadString(range) ?? SelfAttribute(i, range)) is not { } name)
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
                Description = (call.Keywords.TryGetValue("description", out var descriptionRange) ? module.ReadDescription(descriptionRange) : null) ?? string.Empty,
                InputSchema = schema is null ? ToolDefinition.EmptyInputSchema : CompactJson.ToText(schema),
                Annotations = PythonAnnotations.Read(annotations),
                Location = new SourceLocation(module.File.Path, ReceiverLine(i)),
                Method = ExtractionMethods.PyLowLevel,
            };
        }
    }

    private string? ReadString(TokenRange range) =>
        Tokens.TryReadString(range, module.Constants, out var text, adjacentConcatenation: true) ? text : null;

    /// <summary>The fixed text a <c>self.attr</c> name stands for in the class around <paramref name="at"/>, or null.</summary>
    private string? SelfAttribute(int at, TokenRange range)
    {
        if (range.Length != 3 || !Tokens.IsIdentifier(range.Start, "self") || !Tokens.IsPunctuation(range.Start + 1, ".")
            || Tokens[range.Start + 2].Kind != TokenKind.Identifier || EnclosingClass(at) is not { } body)
        {
            return null;
        }

        var attribute = Tokens[range.Start + 2].Value;
        var memberIndent = -1;
        for (var i = body.Start + 1; i < body.End; i++)
        {
            var token = Tokens[i];
            if (memberIndent < 0 && token.FirstOnLine)
            {
                memberIndent = module.IndentOf(i);
            }

            // self.attr = "..."
            if (token.IsIdentifier("self") && Tokens.IsPunctuation(i + 1, ".") && Tokens.IsIdentifier(i + 2, attribute) && Tokens.IsPunctuation(i + 3, "=")
                && ReadString(module.ExpressionAt(i + 4)) is { } assigned)
            {
                return assigned;
            }

            // attr = "..." in the class body
            if (token.FirstOnLine && token.IsIdentifier(attribute) && Tokens.IsPunctuation(i + 1, "=") && module.IndentOf(i) == memberIndent
                && ReadString(module.ExpressionAt(i + 2)) is { } declared)
            {
                return declared;
            }

            // super().__init__("...") hands the name to a base class that stores it.
            if (attribute is "name" or "tool_name" && token.IsIdentifier("super") && Tokens.IsPunctuation(i + 1, "(") && Tokens.IsPunctuation(i + 2, ")")
                && Tokens.IsPunctuation(i + 3, ".") && Tokens.IsIdentifier(i + 4, "__init__") && PythonCall.Read(Tokens, i + 5) is { } init)
            {
                var given = init.Keywords.TryGetValue(attribute, out var keyword) ? keyword : init.Positional.Count > 0 ? init.Positional[0] : (TokenRange?)null;
                if (given is { } value && ReadString(value) is { } handed)
                {
                    return handed;
                }
            }
        }

        return null;
    }

    /// <summary>The tokens of the body of the class that holds the token at <paramref name="at"/>, or null at module level.</summary>
    private TokenRange? EnclosingClass(int at)
    {
        var indent = module.IndentOf(at);
        for (var i = at - 1; i >= 0; i--)
        {
            if (!Tokens[i].FirstOnLine)
            {
                continue;
            }

            var lineIndent = module.IndentOf(i);
            if (lineIndent >= indent)
            {
                continue;
            }

            if (Tokens[i].IsIdentifier("class"))
            {
                var end = i + 1;
                while (end < Tokens.Count && !(Tokens[end].FirstOnLine && module.IndentOf(end) <= lineIndent) && !Tokens[end].IsEndOfFile)
                {
                    end++;
                }

                return new TokenRange(i, end);
            }

            if (lineIndent == 0)
            {
                return null;
            }

            indent = lineIndent;
        }

        return null;
    }

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
