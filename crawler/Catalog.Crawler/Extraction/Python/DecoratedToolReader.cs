using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;
using Catalog.Domain.Tools;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>
/// Reads functions decorated as tools (<c>@mcp.tool</c>, <c>@mcp.tool()</c>, <c>@server.tool(name=..., description=...,
/// annotations=...)</c>, any receiver whose last attribute is <c>tool</c>). The name is the decorator's <c>name=</c>
/// (or its first positional string) or the function's name; the description is the decorator's <c>description=</c>
/// or the docstring's summary; parameters come from the signature without self/cls, Context-typed parameters and
/// *args/**kwargs.
/// </summary>
internal sealed class DecoratedToolReader(PythonModule module, PyLiteralConverter literals, CancellationToken cancellation)
{
    private readonly PythonTypeHint hints = new(literals);

    private TokenList Tokens => module.Tokens;

    public IEnumerable<ToolDefinition> Read()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (!Tokens[i].IsPunctuation("@") || !Tokens[i].FirstOnLine)
            {
                continue;
            }

            cancellation.ThrowIfCancellationRequested();
            if (ReadDecorator(i) is { IsTool: true } decorator && FindFunction(decorator.End) is { } function
                && ReadTool(i, decorator.Call?.Keywords, decorator.Call is { Positional.Count: > 0 } call ? call.Positional[0] : null, function) is { } tool)
            {
                yield return tool;
            }
        }
    }

    private readonly record struct Decorator(bool IsTool, PythonCall? Call, int End);

    /// <summary>The decorator at "@": whether it is a tool decorator, its call arguments, and the index after it.</summary>
    private Decorator? ReadDecorator(int at)
    {
        var i = at + 1;
        var segments = 0;
        while (Tokens[i].Kind == TokenKind.Identifier)
        {
            segments++;
            if (!Tokens.IsPunctuation(i + 1, "."))
            {
                break;
            }

            i += 2;
        }

        if (segments == 0)
        {
            return null;
        }

        var isTool = segments >= 2 && Tokens[i].Value == "tool";
        if (!Tokens.IsPunctuation(i + 1, "("))
        {
            return new Decorator(isTool, null, i + 1);
        }

        var close = Tokens.MatchingClose(i + 1);
        return close < 0 ? null : new Decorator(isTool, PythonCall.Read(Tokens, i + 1), close + 1);
    }

    /// <summary>The index of the function name after any further decorators, or null when no def follows.</summary>
    private int? FindFunction(int i)
    {
        for (var guard = 0; guard < 32; guard++)
        {
            if (Tokens.IsPunctuation(i, "@"))
            {
                if (ReadDecorator(i) is not { } next)
                {
                    return null;
                }

                i = next.End;
                continue;
            }

            if (Tokens.IsIdentifier(i, "async"))
            {
                i++;
            }

            return Tokens.IsIdentifier(i, "def") && Tokens[i + 1].Kind == TokenKind.Identifier && Tokens.IsPunctuation(i + 2, "(") ? i + 1 : null;
        }

        return null;
    }

    /// <summary>
    /// The tool a function defines once registered: <paramref name="at"/> is the token the tool is located at (the
    /// decorator's "@" or the registering call), <paramref name="keywords"/> the registration's name/description/title/
    /// annotations, <paramref name="positionalName"/> a name given by position, <paramref name="nameIndex"/> the
    /// function's name after "def".
    /// </summary>
    public ToolDefinition? ReadTool(int at, IReadOnlyDictionary<string, TokenRange>? keywords, TokenRange? positionalName, int nameIndex)
    {
        keywords ??= new Dictionary<string, TokenRange>();
        string? name;
        if (keywords.TryGetValue("name", out var nameRange))
        {
            name = ReadString(nameRange);
        }
        else if (positionalName is { } positional)
        {
            name = ReadString(positional);
        }
        else
        {
            name = Tokens[nameIndex].Value;
        }

        if (name is null)
        {
            return null;
        }

        var open = nameIndex + 1;
        var close = Tokens.MatchingClose(open);
        if (close < 0)
        {
            return null;
        }

        var description = keywords.TryGetValue("description", out var descriptionRange) ? module.ReadDescription(descriptionRange) : Docstring(close);
        var annotations = keywords.TryGetValue("annotations", out var annotationsRange) ? literals.ConvertKeywordsOrDict(annotationsRange) : null;
        var title = keywords.TryGetValue("title", out var titleRange) ? ReadString(titleRange) : null;
        return new ToolDefinition
        {
            Name = name,
            Title = title ?? (annotations?["title"] is JsonValue t && t.TryGetValue<string>(out var annotationTitle) ? annotationTitle : null),
            Description = description ?? string.Empty,
            InputSchema = CompactJson.ToText(Parameters(open)),
            Annotations = PythonAnnotations.Read(annotations),
            Location = new SourceLocation(module.File.Path, Tokens[at].Line),
            Method = ExtractionMethods.PyDecorator,
        };
    }

    private string? ReadString(TokenRange range) =>
        Tokens.TryReadString(range, module.Constants, out var text, adjacentConcatenation: true) ? text : null;

    /// <summary>The docstring's summary: a plain string that is the first statement of the body, after the signature's ":".</summary>
    private string? Docstring(int closeParen)
    {
        var i = closeParen + 1;
        if (Tokens.IsPunctuation(i, "->"))
        {
            i = SkipToColon(i + 1);
        }

        if (!Tokens.IsPunctuation(i, ":"))
        {
            return null;
        }

        var first = Tokens[i + 1];
        if (!first.IsPlainString)
        {
            return null;
        }

        // A string followed on the same line by more code (an expression statement) is not a docstring.
        // FastMCP exposes the whole cleaned docstring (Args: section included) as the description, so it is kept whole.
        var after = Tokens[i + 2];
        return after.IsEndOfFile || after.FirstOnLine || after.IsPunctuation(";") ? Python.Docstring.Clean(first.Value) : null;
    }

    private int SkipToColon(int i)
    {
        for (; i < Tokens.Count; i++)
        {
            var token = Tokens[i];
            if (token.IsPunctuation(":"))
            {
                return i;
            }

            if (token.Kind == TokenKind.Punctuation && token.Value is "(" or "[" or "{")
            {
                var close = Tokens.MatchingClose(i);
                if (close < 0)
                {
                    return -1;
                }

                i = close;
            }
            else if (token.FirstOnLine)
            {
                return -1;
            }
        }

        return -1;
    }

    private JsonObject Parameters(int open)
    {
        var builder = new ObjectSchemaBuilder();
        var parameters = Tokens.SplitArguments(open, angleAware: false);
        for (var index = 0; index < parameters.Count; index++)
        {
            var parameter = parameters[index];
            var first = Tokens[parameter.Start];
            if (first.Kind != TokenKind.Identifier || (index == 0 && first.Value is "self" or "cls"))
            {
                // "*", "/", "*args" and "**kwargs" are not inputs.
                continue;
            }

            var annotationEnd = parameter.End;
            var equals = -1;
            for (var i = parameter.Start + 1; i < parameter.End; i++)
            {
                if (Tokens.IsPunctuation(i, "="))
                {
                    equals = i;
                    annotationEnd = i;
                    break;
                }

                if (Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Value is "(" or "[" or "{" && Tokens.MatchingClose(i) is var close and > 0)
                {
                    i = close;
                }
            }

            var annotation = Tokens.IsPunctuation(parameter.Start + 1, ":") ? new TokenRange(parameter.Start + 2, annotationEnd) : default;
            if (MentionsContext(annotation))
            {
                continue;
            }

            var hint = annotation.IsEmpty ? new PythonTypeHint.Hint([], false, null) : hints.Convert(annotation);
            var schema = (JsonObject)hint.Schema.DeepClone();
            var required = !hint.Optional;
            var description = hint.Description;
            if (equals > 0)
            {
                var defaultRange = new TokenRange(equals + 1, parameter.End);
                if (hints.FieldCall(defaultRange) is { } field)
                {
                    description = hints.FieldDescription(defaultRange) ?? description;
                    var defaultValue = field.Keywords.TryGetValue("default", out var keyword) ? keyword : field.Positional.Count > 0 ? field.Positional[0] : (TokenRange?)null;
                    if (defaultValue is { } value && !Tokens.IsPunctuation(value.Start, "..."))
                    {
                        required = false;
                        SetDefault(schema, value);
                    }
                    else if (field.Keywords.ContainsKey("default_factory"))
                    {
                        required = false;
                    }
                }
                else
                {
                    required = false;
                    SetDefault(schema, defaultRange);
                }
            }

            if (description is not null)
            {
                schema["description"] = description;
            }

            builder.Add(first.Value, schema, required);
        }

        return builder.ToJsonObject();
    }

    /// <summary>A literal default is shown in the schema (None as null); a computed one only makes the parameter optional.</summary>
    private void SetDefault(JsonObject schema, TokenRange value)
    {
        if (literals.TryConvert(value, 0, out var converted))
        {
            schema["default"] = converted;
        }
    }

    private bool MentionsContext(TokenRange annotation)
    {
        for (var i = annotation.Start; i < annotation.End; i++)
        {
            if (Tokens[i].IsIdentifier("Context"))
            {
                return true;
            }
        }

        return false;
    }
}
