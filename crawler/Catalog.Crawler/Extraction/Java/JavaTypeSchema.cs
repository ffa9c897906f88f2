using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Java;

/// <summary>
/// The JSON Schema of a Java or Kotlin parameter type as written: primitives and their boxes, strings and
/// time types, collections and arrays, maps, <c>Optional</c> and Kotlin's <c>T?</c> (not required), enums (string
/// enums) and records or data classes of the server (objects with their components). Other types are objects.
/// </summary>
internal sealed class JavaTypeSchema(JavaTypeIndex index, CancellationToken cancellation)
{
    private const int MaxDepth = 6;

    // Records written in terms of each other can fan out: past this many types read for one tool, the rest are left open.
    private const int MaxTypes = 2000;

    private static readonly HashSet<string> Strings = new(StringComparer.Ordinal)
    {
        "String", "CharSequence", "char", "Character", "Char", "UUID", "URI", "URL", "LocalDate", "LocalDateTime", "LocalTime",
        "Instant", "OffsetDateTime", "ZonedDateTime", "Date", "Duration", "Period", "ZoneId",
    };

    private static readonly HashSet<string> Integers = new(StringComparer.Ordinal)
    {
        "int", "Integer", "Int", "long", "Long", "short", "Short", "byte", "Byte", "BigInteger", "UInt", "ULong", "UShort", "UByte",
        "AtomicInteger", "AtomicLong",
    };

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal) { "double", "Double", "float", "Float", "BigDecimal", "Number" };

    private static readonly HashSet<string> Arrays = new(StringComparer.Ordinal)
    {
        "List", "ArrayList", "LinkedList", "Set", "HashSet", "TreeSet", "LinkedHashSet", "SortedSet", "Collection", "Iterable",
        "Array", "MutableList", "MutableSet", "MutableCollection", "Sequence", "Stream", "Flux",
    };

    private static readonly Dictionary<string, string> PrimitiveArrays = new(StringComparer.Ordinal)
    {
        ["IntArray"] = "integer", ["LongArray"] = "integer", ["ShortArray"] = "integer", ["ByteArray"] = "integer",
        ["DoubleArray"] = "number", ["FloatArray"] = "number", ["BooleanArray"] = "boolean", ["CharArray"] = "string",
    };

    private static readonly HashSet<string> Maps = new(StringComparer.Ordinal)
    {
        "Map", "HashMap", "TreeMap", "LinkedHashMap", "MutableMap", "SortedMap", "ObjectNode", "JsonObject",
    };

    private static readonly HashSet<string> Anything = new(StringComparer.Ordinal) { "Object", "Any", "JsonNode", "JsonElement" };

    private readonly HashSet<string> visiting = new(StringComparer.Ordinal);
    private int typesLeft = MaxTypes;

    /// <summary>The schema of the type written in <paramref name="range"/>, and whether it may be absent.</summary>
    public (JsonObject Schema, bool Optional) Map(TokenList tokens, TokenRange range, int depth = 0)
    {
        if (range.IsEmpty || depth > MaxDepth || --typesLeft < 0)
        {
            return ([], false);
        }

        var start = range.Start;
        while (start < range.End && tokens.IsPunctuation(start, "@") && JavaAnnotation.Read(tokens, start) is { } annotation)
        {
            start = annotation.End;
        }

        if (start >= range.End || !tokens[start].IsIdentifier())
        {
            return ([], false);
        }

        var nameIndex = start;
        while (nameIndex + 2 < range.End && tokens.IsPunctuation(nameIndex + 1, ".") && tokens[nameIndex + 2].IsIdentifier())
        {
            nameIndex += 2;
        }

        var after = nameIndex + 1;
        var arguments = new List<TokenRange>();
        if (tokens.IsPunctuation(after, "<"))
        {
            var close = tokens.MatchingAngle(after);
            if (close > after && close < range.End)
            {
                arguments = SplitTypeArguments(tokens, after, close);
                after = close + 1;
            }
        }

        var (schema, optional) = Named(tokens[nameIndex].Value, arguments, tokens, depth);

        // Suffixes: [] (Java arrays), ... (varargs), ? (Kotlin nullable).
        for (var i = after; i < range.End; i++)
        {
            if (tokens.IsPunctuation(i, "[") || tokens.IsPunctuation(i, "..."))
            {
                schema = Array(schema);
                i += tokens.IsPunctuation(i, "[") ? 1 : 0;
            }
            else if (tokens.IsPunctuation(i, "?"))
            {
                optional = true;
            }
        }

        return (schema, optional);
    }

    private (JsonObject Schema, bool Optional) Named(string name, List<TokenRange> arguments, TokenList tokens, int depth)
    {
        cancellation.ThrowIfCancellationRequested();
        switch (name)
        {
            case var _ when Strings.Contains(name):
                return (Typed("string"), false);
            case var _ when Integers.Contains(name):
                return (Typed("integer"), false);
            case var _ when Numbers.Contains(name):
                return (Typed("number"), false);
            case "boolean" or "Boolean":
                return (Typed("boolean"), false);
            case var _ when Anything.Contains(name):
                return ([], false);
            case "Optional" when arguments.Count == 1:
                return (Map(tokens, arguments[0], depth + 1).Schema, true);
            case "OptionalInt" or "OptionalLong":
                return (Typed("integer"), true);
            case "OptionalDouble":
                return (Typed("number"), true);
            case var _ when PrimitiveArrays.TryGetValue(name, out var itemType):
                return (Array(Typed(itemType)), false);
            case var _ when Arrays.Contains(name):
                return (Array(arguments.Count > 0 ? Map(tokens, arguments[0], depth + 1).Schema : null), false);
            case var _ when Maps.Contains(name):
                return (Typed("object"), false);
        }

        if (index.FindEnum(name) is { } constants)
        {
            var schema = Typed("string");
            schema["enum"] = new JsonArray([.. constants.Select(c => JsonValue.Create(c))]);
            return (schema, false);
        }

        if (!visiting.Contains(name) && index.FindRecord(name) is { } record)
        {
            visiting.Add(name);
            try
            {
                return (Record(record.Tokens, record.Open, record.Kotlin, depth + 1).ToJsonObject(), false);
            }
            finally
            {
                visiting.Remove(name);
            }
        }

        return (Typed("object"), false);
    }

    private ObjectSchemaBuilder Record(TokenList tokens, int open, bool kotlin, int depth)
    {
        var schema = new ObjectSchemaBuilder();
        foreach (var component in tokens.SplitArguments(open))
        {
            if (--typesLeft < 0)
            {
                break;
            }

            if (JavaParameter.Read(tokens, component, kotlin) is not { } parameter)
            {
                continue;
            }

            var (property, optional) = Map(tokens, parameter.Type, depth);
            schema.Add(parameter.Name, property, required: !optional && !parameter.HasDefault);
        }

        return schema;
    }

    private static List<TokenRange> SplitTypeArguments(TokenList tokens, int open, int close)
    {
        var arguments = new List<TokenRange>();
        var depth = 0;
        var start = open + 1;
        for (var i = open + 1; i < close; i++)
        {
            if (tokens.IsPunctuation(i, "<"))
            {
                depth++;
            }
            else if (tokens.IsPunctuation(i, ">"))
            {
                depth--;
            }
            else if (depth == 0 && tokens.IsPunctuation(i, ","))
            {
                arguments.Add(new TokenRange(start, i));
                start = i + 1;
            }
        }

        if (start < close)
        {
            arguments.Add(new TokenRange(start, close));
        }

        // Kotlin variance and Java wildcards: out T, in T, ? extends T
        return arguments.Select(a => SkipVariance(tokens, a)).ToList();
    }

    private static TokenRange SkipVariance(TokenList tokens, TokenRange range)
    {
        var start = range.Start;
        if (tokens.IsIdentifier(start, "out") || tokens.IsIdentifier(start, "in"))
        {
            start++;
        }
        else if (tokens.IsPunctuation(start, "?") && (tokens.IsIdentifier(start + 1, "extends") || tokens.IsIdentifier(start + 1, "super")))
        {
            start += 2;
        }

        return new TokenRange(start, range.End);
    }

    private static JsonObject Array(JsonObject? items)
    {
        var schema = Typed("array");
        if (items is not null)
        {
            schema["items"] = items;
        }

        return schema;
    }

    private static JsonObject Typed(string type) => new() { ["type"] = type };
}
