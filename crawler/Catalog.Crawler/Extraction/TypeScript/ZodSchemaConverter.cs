using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.TypeScript;

/// <summary>
/// Reads zod schema expressions (<c>z.string().describe("...").optional()</c>) as JSON Schema, statically.
/// Unknown builders become the empty schema <c>{}</c> (anything). Bounds map to the JSON Schema keywords
/// (min/max to minLength/maxLength, minimum/maximum or minItems/maxItems by type), <c>.int()</c> to integer, and
/// <c>.optional()</c>, <c>.nullish()</c> and <c>.default(v)</c> make a property not required.
/// </summary>
internal sealed class ZodSchemaConverter(JsLiteralConverter literals)
{
    /// <summary>The schema of one zod expression and whether it may be left out.</summary>
    public readonly record struct ZodSchema(JsonObject Schema, bool Optional);

    /// <summary>
    /// A zod raw shape <c>{ a: z.string(), ... }</c>, a <c>z.object({...})</c>, or a name or <c>X.shape</c> leading to one,
    /// as an object schema; null when the expression is none of these.
    /// </summary>
    public JsonObject? ConvertShapeOrObject(TypeScriptModule module, TokenRange range, int depth = 0)
    {
        range = JsLiteralConverter.TrimExpression(module.Tokens, range);
        var tokens = module.Tokens;
        if (range.IsEmpty || depth > CompactJson.MaxNesting || !literals.Spend())
        {
            return null;
        }

        if (tokens.IsPunctuation(range.Start, "{") && tokens.MatchingClose(range.Start) == range.End - 1)
        {
            return ConvertShape(module, range.Start, depth);
        }

        if (range.Length == 3 && tokens.IsPunctuation(range.Start + 1, ".") && tokens.IsIdentifier(range.Start + 2, "shape"))
        {
            return ConvertShapeOrObject(module, range with { End = range.Start + 1 }, depth + 1);
        }

        if (range.Length is 1 or 3 && !IsZodExpression(module, range))
        {
            return literals.Reference(module, range) is { } declared ? ConvertShapeOrObject(declared.Module, declared.Range, depth + 1) : null;
        }

        if (!IsZodExpression(module, range))
        {
            return null;
        }

        var converted = Convert(module, range, depth + 1);
        return converted.Schema["type"]?.GetValue<string>() == "object" ? converted.Schema : null;
    }

    /// <summary>True when the expression starts with <c>z.</c> or <c>zod.</c>, the usual names of the zod import.</summary>
    public static bool IsZodExpression(TypeScriptModule module, TokenRange range)
    {
        var first = module.Tokens[range.Start];
        return first.Kind == TokenKind.Identifier && first.Value is "z" or "zod" && module.Tokens.IsPunctuation(range.Start + 1, ".");
    }

    /// <summary>
    /// True when an object literal looks like a zod raw shape: empty, some member is a zod expression, or its
    /// members name schemas declared elsewhere (<c>{ key: issueKey }</c>, shorthand <c>{ currency }</c>) while its
    /// keys are neither JSON Schema keywords nor MCP annotation hints (which hold literals, not schemas).
    /// </summary>
    public static bool IsRawShape(TypeScriptModule module, int open)
    {
        var tokens = module.Tokens;
        var members = tokens.SplitArguments(open);
        if (members.Count == 0 || members.Any(m => tokens.IsPunctuation(m.Start + 1, ":") && IsZodExpression(module, m with { Start = m.Start + 2 })))
        {
            return true;
        }

        var keys = members.Select(m => JsLiteralConverter.ObjectKey(tokens, m.Start)).ToList();
        if (keys.Any(k => k is not null && (JsonSchemaKeywords.Contains(k) || AnnotationKeys.Contains(k))))
        {
            return false;
        }

        return members.Any(m => IsSchemaReference(tokens, m));
    }

    private static readonly HashSet<string> JsonSchemaKeywords = new(StringComparer.Ordinal)
    {
        "type", "properties", "required", "$schema", "additionalProperties", "anyOf", "oneOf", "allOf", "items", "enum",
    };

    private static readonly HashSet<string> AnnotationKeys = new(StringComparer.Ordinal)
    {
        "title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint",
    };

    /// <summary>A member whose value is a bare name (<c>key: NAME</c>, <c>key: ns.NAME</c>, <c>key: NAME.optional()</c>) or a shorthand <c>NAME</c>.</summary>
    private static bool IsSchemaReference(TokenList tokens, TokenRange member)
    {
        if (member.Length == 1)
        {
            return tokens[member.Start].Kind == TokenKind.Identifier;
        }

        if (!tokens.IsPunctuation(member.Start + 1, ":") || member.Length < 3)
        {
            return false;
        }

        var value = tokens[member.Start + 2];
        return value.Kind == TokenKind.Identifier && value.Value is not ("true" or "false" or "null" or "undefined");
    }

    public JsonObject ConvertShape(TypeScriptModule module, int open, int depth)
    {
        var tokens = module.Tokens;
        var builder = new ObjectSchemaBuilder();
        foreach (var member in tokens.SplitArguments(open))
        {
            if (tokens.IsPunctuation(member.Start, "..."))
            {
                MergeSpread(module, member with { Start = member.Start + 1 }, builder, depth);
                continue;
            }

            if (member.Length == 1 && tokens[member.Start].Kind == TokenKind.Identifier)
            {
                // Shorthand { currency }: the property is named after the schema constant it holds.
                var shorthand = Convert(module, member, depth + 1);
                builder.Add(tokens[member.Start].Value, shorthand.Schema, !shorthand.Optional);
                continue;
            }

            if (JsLiteralConverter.ObjectKey(tokens, member.Start) is not { } key || !tokens.IsPunctuation(member.Start + 1, ":"))
            {
                continue;
            }

            var property = Convert(module, member with { Start = member.Start + 2 }, depth + 1);
            builder.Add(key, property.Schema, !property.Optional);
        }

        return builder.ToJsonObject();
    }

    public ZodSchema Convert(TypeScriptModule module, TokenRange range, int depth)
    {
        range = JsLiteralConverter.TrimExpression(module.Tokens, range);
        var tokens = module.Tokens;
        if (range.IsEmpty || depth > CompactJson.MaxNesting || !literals.Spend())
        {
            return new ZodSchema([], false);
        }

        int next;
        ZodSchema current;
        if (IsZodExpression(module, range))
        {
            var builder = range.Start + 2;
            if (tokens.IsIdentifier(builder, "coerce") && tokens.IsPunctuation(builder + 1, "."))
            {
                builder += 2;
            }

            var open = builder + 1;
            var close = tokens.MatchingClose(open);
            if (!tokens.IsPunctuation(open, "(") || close < 0 || close >= range.End)
            {
                return new ZodSchema([], false);
            }

            current = Build(module, tokens[builder].Value, open, depth);
            next = close + 1;
        }
        else if (literals.Reference(module, new TokenRange(range.Start, range.Start + ReferenceLength(tokens, range.Start))) is { } declared)
        {
            // A named schema (NAME or ns.NAME), maybe refined further here: NAME.optional().
            var inner = Convert(declared.Module, declared.Range, depth + 1);
            current = inner with { Schema = (JsonObject)inner.Schema.DeepClone() };
            next = range.Start + ReferenceLength(tokens, range.Start);
        }
        else
        {
            return new ZodSchema([], false);
        }

        while (next < range.End && tokens.IsPunctuation(next, ".") && tokens[next + 1].Kind == TokenKind.Identifier && tokens.IsPunctuation(next + 2, "("))
        {
            var close = tokens.MatchingClose(next + 2);
            if (close < 0 || close >= range.End)
            {
                break;
            }

            current = Refine(module, current, tokens[next + 1].Value, next + 2, depth);
            next = close + 1;
        }

        return current;
    }

    /// <summary>3 for a qualified name (ns.NAME) not followed by a call, else 1.</summary>
    private static int ReferenceLength(TokenList tokens, int start) =>
        tokens.IsPunctuation(start + 1, ".") && tokens[start + 2].Kind == TokenKind.Identifier && !tokens.IsPunctuation(start + 3, "(") ? 3 : 1;

    private void MergeSpread(TypeScriptModule module, TokenRange range, ObjectSchemaBuilder builder, int depth)
    {
        if (ConvertShapeOrObject(module, range, depth + 1) is not { } spread || spread["properties"] is not JsonObject properties)
        {
            return;
        }

        var required = (spread["required"] as JsonArray)?.Select(n => n?.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (name, schema) in properties.ToList())
        {
            properties.Remove(name);
            builder.Add(name, schema as JsonObject ?? [], required.Contains(name));
        }
    }

    private ZodSchema Build(TypeScriptModule module, string builder, int open, int depth)
    {
        var tokens = module.Tokens;
        var arguments = tokens.SplitArguments(open);
        var first = arguments.Count > 0 ? arguments[0] : default;
        switch (builder)
        {
            case "string" or "number" or "boolean" or "null":
                return new ZodSchema(new JsonObject { ["type"] = builder }, false);
            case "bigint":
                return new ZodSchema(new JsonObject { ["type"] = "integer" }, false);
            case "date":
                return new ZodSchema(new JsonObject { ["type"] = "string", ["format"] = "date-time" }, false);
            case "nativeEnum":
                return new ZodSchema(new JsonObject { ["type"] = "string" }, false);
            case "enum":
                var values = arguments.Count > 0 ? literals.Convert(module, first, depth + 1) as JsonArray : null;
                var schema = new JsonObject { ["type"] = "string" };
                if (values is not null)
                {
                    schema["enum"] = values;
                }

                return new ZodSchema(schema, false);
            case "literal":
                return new ZodSchema(Literal(arguments.Count > 0 ? literals.Convert(module, first, depth + 1) : null), false);
            case "array":
                var items = arguments.Count > 0 ? Convert(module, first, depth + 1).Schema : [];
                return new ZodSchema(new JsonObject { ["type"] = "array", ["items"] = items }, false);
            case "object" or "strictObject" or "looseObject":
                return new ZodSchema(arguments.Count > 0 && tokens.IsPunctuation(first.Start, "{") ? ConvertShape(module, first.Start, depth + 1)
                    : ConvertShapeOrObject(module, first, depth + 1) ?? new ObjectSchemaBuilder().ToJsonObject(), false);
            case "record":
                var valueSchema = arguments.Count > 0 ? Convert(module, arguments[^1], depth + 1).Schema : [];
                return new ZodSchema(new JsonObject { ["type"] = "object", ["additionalProperties"] = valueSchema }, false);
            case "union" or "discriminatedUnion":
                var optionsRange = arguments.Count > 0 ? arguments[^1] : default;
                var options = new JsonArray();
                if (tokens.IsPunctuation(optionsRange.Start, "["))
                {
                    foreach (var option in tokens.SplitArguments(optionsRange.Start))
                    {
                        options.Add(Convert(module, option, depth + 1).Schema);
                    }
                }

                return new ZodSchema(new JsonObject { ["anyOf"] = options }, false);
            case "tuple":
                return new ZodSchema(new JsonObject { ["type"] = "array" }, false);
            case "optional":
                return (arguments.Count > 0 ? Convert(module, first, depth + 1) : new ZodSchema([], false)) with { Optional = true };
            case "nullable":
                return arguments.Count > 0 ? Convert(module, first, depth + 1) : new ZodSchema([], false);
            default:
                return new ZodSchema([], false);
        }
    }

    private static JsonObject Literal(JsonNode? value)
    {
        var type = value switch
        {
            null => "null",
            JsonValue v when v.TryGetValue<string>(out _) => "string",
            JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
            _ => "number",
        };
        var schema = new JsonObject { ["type"] = type };
        if (value is not null)
        {
            schema["const"] = value;
        }

        return schema;
    }

    private ZodSchema Refine(TypeScriptModule module, ZodSchema current, string method, int open, int depth)
    {
        var tokens = module.Tokens;
        var arguments = tokens.SplitArguments(open);
        var schema = current.Schema;
        var type = schema["type"] is JsonValue t && t.TryGetValue<string>(out var typeName) ? typeName : null;
        switch (method)
        {
            case "optional" or "nullish":
                return current with { Optional = true };
            case "describe" when arguments.Count > 0 && tokens.TryReadString(arguments[0], module.Constants, out var description):
                schema["description"] = description;
                return current;
            case "default":
                if (arguments.Count > 0 && literals.Convert(module, arguments[0], depth + 1) is { } value)
                {
                    schema["default"] = value;
                }

                return current with { Optional = true };
            case "int":
                schema["type"] = "integer";
                return current;
            case "array":
                return new ZodSchema(new JsonObject { ["type"] = "array", ["items"] = schema }, false);
            case "min" or "max" or "length" or "gte" or "lte" or "nonempty":
                SetBound(schema, type, method, arguments.Count > 0 ? literals.Convert(module, arguments[0], depth + 1) : null);
                return current;
            case "positive":
                schema["exclusiveMinimum"] = 0;
                return current;
            case "nonnegative":
                schema["minimum"] = 0;
                return current;
            case "email" or "url" or "uuid" or "datetime":
                schema["format"] = method switch { "url" => "uri", "datetime" => "date-time", _ => method };
                return current;
            case "or" when arguments.Count > 0:
                return new ZodSchema(new JsonObject { ["anyOf"] = new JsonArray(schema, Convert(module, arguments[0], depth + 1).Schema) }, current.Optional);
            default:
                return current;
        }
    }

    private static void SetBound(JsonObject schema, string? type, string method, JsonNode? value)
    {
        var isMax = method is "max" or "lte";
        var isLength = method == "length";
        if (method == "nonempty")
        {
            value = JsonValue.Create(1);
        }

        if (value is not JsonValue number || number.TryGetValue<string>(out _))
        {
            return;
        }

        string[] keys = type switch
        {
            "string" => isLength ? ["minLength", "maxLength"] : [isMax ? "maxLength" : "minLength"],
            "array" => isLength ? ["minItems", "maxItems"] : [isMax ? "maxItems" : "minItems"],
            "number" or "integer" => [isMax ? "maximum" : "minimum"],
            _ => [],
        };
        foreach (var key in keys)
        {
            schema[key] = number.DeepClone();
        }
    }
}
