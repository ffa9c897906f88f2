using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Rust;

/// <summary>
/// Reads rmcp tools built by hand for a server that answers <c>list_tools</c> itself: <c>Tool::new("name",
/// "description", schema)</c> and the struct literal <c>Tool { name: "...".into(), description: Some("...".into()), .. }</c>.
/// Only in files that use rmcp. The input schema is the <c>json!({...})</c> literal written in the same function,
/// when there is exactly one and it is plain JSON; otherwise the empty object schema.
/// </summary>
internal sealed class RustToolConstructorReader(SourceFile file, TokenList tokens, IReadOnlyDictionary<string, string> constants, CancellationToken cancellation)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, MaxDepth = CompactJson.MaxNesting };

    public IEnumerable<ToolDefinition> Read()
    {
        if (!UsesRmcp())
        {
            yield break;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            if (!tokens[i].IsIdentifier("Tool") || tokens.IsPunctuation(i - 1, "::") && !tokens.IsIdentifier(i - 2, "model"))
            {
                continue;
            }

            var tool = tokens.IsPunctuation(i + 1, "::") && tokens.IsIdentifier(i + 2, "new") && tokens.IsPunctuation(i + 3, "(")
                ? FromConstructor(i)
                : tokens.IsPunctuation(i + 1, "{") && !IsTypePosition(i) ? FromStructLiteral(i) : null;
            if (tool is not null)
            {
                yield return tool;
            }
        }
    }

    /// <summary>"Tool {" that opens a body, not a value: after "->", or the type of an impl, struct or enum.</summary>
    private bool IsTypePosition(int at) =>
        tokens.IsPunctuation(at - 1, "->") || tokens.IsIdentifier(at - 1, "for") || tokens.IsIdentifier(at - 1, "impl")
        || tokens.IsIdentifier(at - 1, "struct") || tokens.IsIdentifier(at - 1, "enum");

    private bool UsesRmcp()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsIdentifier("rmcp") && (tokens.IsIdentifier(i - 1, "use") || tokens.IsPunctuation(i + 1, "::")))
            {
                return true;
            }
        }

        return false;
    }

    private ToolDefinition? FromConstructor(int at)
    {
        var arguments = tokens.SplitArguments(at + 3);
        if (arguments.Count < 2 || Text(arguments[0]) is not { } name)
        {
            return null;
        }

        return Tool(at, name, Text(arguments[1]) ?? string.Empty);
    }

    private ToolDefinition? FromStructLiteral(int at)
    {
        string? name = null;
        string? description = null;
        foreach (var field in tokens.SplitArguments(at + 1))
        {
            if (!tokens.IsPunctuation(field.Start + 1, ":"))
            {
                continue;
            }

            var value = field with { Start = field.Start + 2 };
            switch (tokens[field.Start].Value)
            {
                case "name":
                    name = Text(value);
                    break;
                case "description":
                    description = Text(Unwrap(value, "Some"));
                    break;
            }
        }

        return name is null ? null : Tool(at, name, description ?? string.Empty);
    }

    private ToolDefinition Tool(int at, string name, string description) => new()
    {
        Name = name,
        Description = description,
        InputSchema = SchemaInFunction(at) ?? ToolDefinition.EmptyInputSchema,
        Location = new SourceLocation(file.Path, tokens[at].Line),
        Method = ExtractionMethods.RustRmcp,
    };

    /// <summary>A string literal or constant, also as <c>"...".into()</c>, <c>.to_string()</c>, <c>.to_owned()</c> or <c>String::from("...")</c>.</summary>
    private string? Text(TokenRange range)
    {
        range = Unwrap(range, "from");
        if (range.Length > 4 && tokens.IsPunctuation(range.End - 4, ".") && tokens[range.End - 3].Value is "into" or "to_string" or "to_owned"
            && tokens.IsPunctuation(range.End - 2, "(") && tokens.IsPunctuation(range.End - 1, ")"))
        {
            range = range with { End = range.End - 4 };
        }

        return tokens.TryReadString(range, constants, out var text) ? text : null;
    }

    /// <summary>The inside of <c>Wrapper(x)</c> (also <c>Path::Wrapper(x)</c>) when the range is exactly that call; the range otherwise.</summary>
    private TokenRange Unwrap(TokenRange range, string wrapper)
    {
        var open = range.Start;
        while (tokens[open].Kind == TokenKind.Identifier && tokens.IsPunctuation(open + 1, "::"))
        {
            open += 2;
        }

        return tokens.IsIdentifier(open, wrapper) && tokens.IsPunctuation(open + 1, "(") && tokens.MatchingClose(open + 1) == range.End - 1
            ? new TokenRange(open + 2, range.End - 1)
            : range;
    }

    /// <summary>The one <c>json!(...)</c> literal between the start of the enclosing function and the tool, as compact JSON.</summary>
    private string? SchemaInFunction(int at)
    {
        var start = at;
        while (start > 0 && !tokens.IsIdentifier(start, "fn"))
        {
            start--;
        }

        string? schema = null;
        for (var i = start; i < at; i++)
        {
            if (!tokens.IsIdentifier(i, "json") || !tokens.IsPunctuation(i + 1, "!") || !tokens.IsPunctuation(i + 2, "(") || tokens.MatchingClose(i + 2) is not (var close and > 0))
            {
                continue;
            }

            if (schema is not null)
            {
                return null;
            }

            var text = tokens.Source[tokens[i + 3].Start..tokens[close].Start];
            try
            {
                schema = JsonNode.Parse(text, documentOptions: DocumentOptions) is JsonObject literal ? CompactJson.ToText(literal) : null;
            }
            catch (JsonException)
            {
                return null;
            }

            i = close;
        }

        return schema;
    }
}
