using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Go;

/// <summary>
/// The JSON Schema a Go type gets when a tool's arguments are decoded into it, following encoding/json and the
/// go-sdk's schema inference: exported fields only, the <c>json</c> tag's name, <c>omitempty</c>/<c>omitzero</c>
/// for optional fields, the <c>jsonschema</c> tag as description. Struct types are looked up in the package;
/// a type that cannot be found is an object. Nesting is bounded and recursive types stop at the repeat.
/// </summary>
internal sealed class GoTypeSchema(GoPackageIndex package, CancellationToken cancellation)
{
    private const int MaxDepth = 6;

    // Types written in terms of each other can fan out (a struct of ten fields of a struct of ten fields...):
    // past this many types read for one tool, the rest are left open.
    private const int MaxTypes = 2000;

    private static readonly HashSet<string> Integers = new(StringComparer.Ordinal)
    {
        "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune",
    };

    private readonly HashSet<string> visiting = new(StringComparer.Ordinal);
    private int typesLeft = MaxTypes;

    /// <summary>The object schema of the struct type named <paramref name="typeName"/>, or null when it is not a struct of the package.</summary>
    public ObjectSchemaBuilder? ForStruct(string typeName)
    {
        if (package.FindType(typeName) is not { } declaration || !declaration.Tokens.IsIdentifier(declaration.Index, "struct"))
        {
            return null;
        }

        visiting.Add(typeName);
        try
        {
            return Struct(declaration.Tokens, declaration.Index + 1, 0);
        }
        finally
        {
            visiting.Remove(typeName);
        }
    }

    /// <summary>The properties of the struct whose "{" is at <paramref name="openBrace"/>.</summary>
    public ObjectSchemaBuilder Struct(TokenList tokens, int openBrace, int depth)
    {
        var schema = new ObjectSchemaBuilder();
        AddFields(schema, tokens, openBrace, depth);
        return schema;
    }

    /// <summary>The schema of the type starting at <paramref name="start"/>.</summary>
    public JsonObject Type(TokenList tokens, int start, int depth)
    {
        if (depth > MaxDepth || --typesLeft < 0)
        {
            return [];
        }

        var token = tokens[start];
        if (token.IsPunctuation("*"))
        {
            return Type(tokens, start + 1, depth + 1);
        }

        if (token.IsPunctuation("["))
        {
            var close = tokens.MatchingClose(start);
            if (close < 0)
            {
                return [];
            }

            // []byte is base64 text in encoding/json.
            if (close == start + 1 && tokens.IsIdentifier(close + 1, "byte") && !tokens.IsPunctuation(close + 2, "."))
            {
                return Typed("string");
            }

            var array = Typed("array");
            array["items"] = Type(tokens, close + 1, depth + 1);
            return array;
        }

        if (token.Kind != TokenKind.Identifier)
        {
            return [];
        }

        if (tokens.IsPunctuation(start + 1, "."))
        {
            return Qualified(token.Value, tokens[start + 2].Value);
        }

        return token.Value switch
        {
            "string" => Typed("string"),
            "bool" => Typed("boolean"),
            "float32" or "float64" => Typed("number"),
            var name when Integers.Contains(name) => Typed("integer"),
            "map" => Typed("object"),
            "struct" when tokens.IsPunctuation(start + 1, "{") => Struct(tokens, start + 1, depth + 1).ToJsonObject(),
            "any" or "interface" or "func" or "chan" => [],
            var name => Named(name, depth),
        };
    }

    private JsonObject Named(string name, int depth)
    {
        if (visiting.Contains(name) || package.FindType(name) is not { } declaration)
        {
            return Typed("object");
        }

        visiting.Add(name);
        try
        {
            return Type(declaration.Tokens, declaration.Index, depth + 1);
        }
        finally
        {
            visiting.Remove(name);
        }
    }

    private static JsonObject Qualified(string package, string name) => (package, name) switch
    {
        ("time", "Time") or ("uuid", "UUID") or ("url", "URL") or ("netip", "Addr") => Typed("string"),
        ("time", "Duration") => Typed("integer"),
        ("json", "RawMessage") or ("json", "Number") => [],
        _ => Typed("object"),
    };

    private static JsonObject Typed(string type) => new() { ["type"] = type };

    private void AddFields(ObjectSchemaBuilder schema, TokenList tokens, int openBrace, int depth)
    {
        var close = tokens.MatchingClose(openBrace);
        if (close < 0 || depth > MaxDepth)
        {
            return;
        }

        var start = openBrace + 1;
        for (var i = start; i <= close && typesLeft > 0; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var token = tokens[i];
            var endsField = i == close || token.IsPunctuation(";") || (i > start && token.FirstOnLine);
            if (endsField)
            {
                if (i > start)
                {
                    AddField(schema, tokens, start, i, depth);
                }

                start = token.IsPunctuation(";") ? i + 1 : i;
                continue;
            }

            if (token.Kind == TokenKind.Punctuation && token.Value is "{" or "(" or "[")
            {
                var match = tokens.MatchingClose(i);
                i = match > i && match < close ? match : i;
            }
        }
    }

    private void AddField(ObjectSchemaBuilder schema, TokenList tokens, int start, int end, int depth)
    {
        var tag = tokens[end - 1].Kind == TokenKind.String ? GoStructTag.Parse(tokens[end - 1].Value) : [];
        var typeEnd = tokens[end - 1].Kind == TokenKind.String ? end - 1 : end;
        if (typeEnd <= start)
        {
            return;
        }

        var names = new List<string>();
        var typeStart = start;
        if (!IsEmbedded(tokens, start, typeEnd))
        {
            while (typeStart < typeEnd && tokens[typeStart].IsIdentifier())
            {
                names.Add(tokens[typeStart].Value);
                typeStart++;
                if (!tokens.IsPunctuation(typeStart, ","))
                {
                    break;
                }

                typeStart++;
            }
        }

        var json = tag.GetValueOrDefault("json");
        var jsonParts = json?.Split(',') ?? [];
        if (jsonParts.Length > 0 && jsonParts[0] == "-" && jsonParts.Length == 1)
        {
            return;
        }

        if (names.Count == 0)
        {
            AddEmbedded(schema, tokens, start, jsonParts, tag, depth);
            return;
        }

        foreach (var name in names.Where(IsExported))
        {
            var property = Type(tokens, typeStart, depth + 1);
            var jsonName = jsonParts.Length > 0 && jsonParts[0].Length > 0 ? jsonParts[0] : name;
            AddProperty(schema, jsonName, property, jsonParts, tag);
        }
    }

    // encoding/json flattens an untagged embedded struct's fields into the outer object.
    private void AddEmbedded(ObjectSchemaBuilder schema, TokenList tokens, int start, string[] jsonParts, Dictionary<string, string> tag, int depth)
    {
        var typeIndex = tokens.IsPunctuation(start, "*") ? start + 1 : start;
        var isQualified = tokens.IsPunctuation(typeIndex + 1, ".");
        var typeName = tokens[isQualified ? typeIndex + 2 : typeIndex].Value;
        if (jsonParts.Length > 0 && jsonParts[0].Length > 0)
        {
            AddProperty(schema, jsonParts[0], Type(tokens, start, depth + 1), jsonParts, tag);
            return;
        }

        if (isQualified || visiting.Contains(typeName) || package.FindType(typeName) is not { } declaration
            || !declaration.Tokens.IsIdentifier(declaration.Index, "struct"))
        {
            return;
        }

        visiting.Add(typeName);
        try
        {
            AddFields(schema, declaration.Tokens, declaration.Index + 1, depth + 1);
        }
        finally
        {
            visiting.Remove(typeName);
        }
    }

    private static void AddProperty(ObjectSchemaBuilder schema, string name, JsonObject property, string[] jsonParts, Dictionary<string, string> tag)
    {
        var (description, requiredByTag) = Description(tag);
        if (!string.IsNullOrEmpty(description))
        {
            property["description"] = description;
        }

        var optional = jsonParts.Skip(1).Any(p => p is "omitempty" or "omitzero");
        schema.Add(name, property, required: requiredByTag || !optional);
    }

    // go-sdk takes the whole jsonschema tag as the description; invopop/jsonschema uses "key=value" pairs in it.
    private static (string? Description, bool Required) Description(Dictionary<string, string> tag)
    {
        if (tag.TryGetValue("jsonschema_description", out var explicitDescription))
        {
            return (explicitDescription, false);
        }

        if (!tag.TryGetValue("jsonschema", out var value))
        {
            return (tag.GetValueOrDefault("description"), false);
        }

        var parts = value.Split(',');
        if (!IsKeyword(parts[0]))
        {
            return (value, false);
        }

        // A description may hold commas: it runs until the next keyword.
        var descriptionIndex = Array.FindIndex(parts, p => p.StartsWith("description=", StringComparison.Ordinal));
        string? description = null;
        if (descriptionIndex >= 0)
        {
            var end = descriptionIndex + 1;
            while (end < parts.Length && !IsKeyword(parts[end]))
            {
                end++;
            }

            description = string.Join(",", parts[descriptionIndex..end])["description=".Length..];
        }

        return (description, parts.Contains("required"));
    }

    // "required", or key=value with a lower-case key, as invopop/jsonschema writes them.
    private static bool IsKeyword(string part)
    {
        var equals = part.IndexOf('=', StringComparison.Ordinal);
        return part == "required" || (equals > 0 && part[..equals].All(c => c is (>= 'a' and <= 'z') or '_'));
    }

    private static bool IsEmbedded(TokenList tokens, int start, int end)
    {
        var i = tokens.IsPunctuation(start, "*") ? start + 1 : start;
        if (!tokens[i].IsIdentifier())
        {
            return false;
        }

        return i + 1 == end || (tokens.IsPunctuation(i + 1, ".") && tokens[i + 2].IsIdentifier() && i + 3 == end);
    }

    private static bool IsExported(string name) => name.Length > 0 && char.IsUpper(name[0]);
}
