using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Python;

/// <summary>
/// Maps a parameter's type hint to JSON Schema: str, int, float, bool, list/List[X] (and Sequence, set, tuple),
/// dict/Dict (and Mapping), Any; <c>Optional[X]</c>, <c>Union[X, None]</c> and <c>X | None</c> give X and mark the
/// parameter optional; other unions give anyOf; <c>Literal[...]</c> gives an enum; <c>Annotated[T, Field(description=...)]</c>
/// gives T with that description. Unknown names (models, enums, forward references) give the empty schema <c>{}</c>.
/// </summary>
internal sealed class PythonTypeHint(PyLiteralConverter literals)
{
    public readonly record struct Hint(JsonObject Schema, bool Optional, string? Description);

    private TokenList Tokens => literals.Module.Tokens;

    public Hint Convert(TokenRange range, int depth = 0)
    {
        if (range.IsEmpty || depth > CompactJson.MaxNesting)
        {
            return new Hint([], false, null);
        }

        var alternatives = SplitTopLevel(range, "|");
        if (alternatives.Count > 1)
        {
            return Union(alternatives, depth);
        }

        var (name, open) = Head(range);
        var arguments = open >= 0 ? Tokens.SplitArguments(open, angleAware: false) : [];
        switch (name)
        {
            case "str":
                return Simple("string");
            case "int":
                return Simple("integer");
            case "float" or "Decimal":
                return Simple("number");
            case "bool":
                return Simple("boolean");
            case "None":
                return Simple("null");
            case "Any" or "object":
                return new Hint([], false, null);
            case "list" or "List" or "Sequence" or "set" or "Set" or "frozenset" or "tuple" or "Tuple" or "Iterable":
                var array = new JsonObject { ["type"] = "array" };
                if (arguments.Count > 0 && name is not ("tuple" or "Tuple"))
                {
                    array["items"] = Convert(arguments[0], depth + 1).Schema;
                }

                return new Hint(array, false, null);
            case "dict" or "Dict" or "Mapping" or "MutableMapping":
                var map = new JsonObject { ["type"] = "object" };
                if (arguments.Count == 2)
                {
                    map["additionalProperties"] = Convert(arguments[1], depth + 1).Schema;
                }

                return new Hint(map, false, null);
            case "Optional" when arguments.Count == 1:
                return Convert(arguments[0], depth + 1) with { Optional = true };
            case "Union":
                return Union(arguments, depth);
            case "Literal":
                return Literal(arguments);
            case "Annotated" when arguments.Count > 0:
                var inner = Convert(arguments[0], depth + 1);
                foreach (var metadata in arguments.Skip(1))
                {
                    if (FieldDescription(metadata) is { } description)
                    {
                        return inner with { Description = description };
                    }
                }

                return inner;
            default:
                return new Hint([], false, null);
        }
    }

    /// <summary>The description= of a <c>Field(...)</c> call filling <paramref name="range"/>, or null.</summary>
    public string? FieldDescription(TokenRange range) =>
        FieldCall(range) is { } call && call.Keywords.TryGetValue("description", out var value)
            && Tokens.TryReadString(value, literals.Module.Constants, out var description, adjacentConcatenation: true)
            ? description
            : null;

    /// <summary>The arguments of a pydantic <c>Field(...)</c> call (also <c>pydantic.Field</c>) filling the range, or null.</summary>
    public PythonCall? FieldCall(TokenRange range)
    {
        var (name, open) = Head(range);
        return name == "Field" && open >= 0 && Tokens.MatchingClose(open) == range.End - 1 ? PythonCall.Read(Tokens, open) : null;
    }

    private static Hint Simple(string type) => new(new JsonObject { ["type"] = type }, false, null);

    /// <summary>The last name of a dotted head (typing.Optional → Optional) and the index of its "[" or "(", or -1.</summary>
    private (string? Name, int Open) Head(TokenRange range)
    {
        var i = range.Start;
        string? name = null;
        while (i < range.End && Tokens[i].Kind == TokenKind.Identifier)
        {
            name = Tokens[i].Value;
            if (!Tokens.IsPunctuation(i + 1, "."))
            {
                break;
            }

            i += 2;
        }

        var next = i + 1;
        if (next >= range.End)
        {
            return (next == range.End ? name : null, -1);
        }

        return (Tokens.IsPunctuation(next, "[") || Tokens.IsPunctuation(next, "(")) && Tokens.MatchingClose(next) == range.End - 1 ? (name, next) : (null, -1);
    }

    private Hint Union(IReadOnlyList<TokenRange> alternatives, int depth)
    {
        var schemas = new List<JsonObject>();
        var optional = false;
        foreach (var alternative in alternatives)
        {
            var hint = Convert(alternative, depth + 1);
            if (hint.Schema["type"] is JsonValue type && type.TryGetValue<string>(out var typeName) && typeName == "null")
            {
                optional = true;
                continue;
            }

            optional |= hint.Optional;
            schemas.Add(hint.Schema);
        }

        var schema = schemas.Count switch
        {
            0 => [],
            1 => schemas[0],
            _ => new JsonObject { ["anyOf"] = new JsonArray([.. schemas]) },
        };
        return new Hint(schema, optional, null);
    }

    private Hint Literal(IReadOnlyList<TokenRange> arguments)
    {
        var values = new JsonArray();
        string? type = null;
        foreach (var argument in arguments)
        {
            if (literals.Convert(argument) is not JsonValue value)
            {
                continue;
            }

            var valueType = value.TryGetValue<string>(out _) ? "string" : value.TryGetValue<bool>(out _) ? "boolean" : value.TryGetValue<long>(out _) ? "integer" : "number";
            type = type is null || type == valueType ? valueType : "mixed";
            values.Add(value);
        }

        var schema = new JsonObject();
        if (type is not null and not "mixed")
        {
            schema["type"] = type;
        }

        schema["enum"] = values;
        return new Hint(schema, false, null);
    }

    private List<TokenRange> SplitTopLevel(TokenRange range, string separator)
    {
        var parts = new List<TokenRange>();
        var start = range.Start;
        for (var i = range.Start; i < range.End; i++)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Value is "(" or "[" or "{" && Tokens.MatchingClose(i) is var close and > 0 && close < range.End)
            {
                i = close;
            }
            else if (token.IsPunctuation(separator))
            {
                parts.Add(new TokenRange(start, i));
                start = i + 1;
            }
        }

        parts.Add(new TokenRange(start, range.End));
        return parts;
    }
}
