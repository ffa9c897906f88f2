using System.Text.Json.Nodes;
using Catalog.Crawler.Extraction.Json;
using Catalog.Crawler.Extraction.Scanning;

namespace Catalog.Crawler.Extraction.Rust;

/// <summary>
/// The JSON Schema schemars derives for a Rust type, read from source: primitives, collections, <c>Option</c>
/// (not required), structs of the crate with their doc comments, <c>#[schemars(description)]</c> and serde's
/// <c>rename</c>, <c>rename_all</c>, <c>default</c>, <c>skip</c> and <c>flatten</c>, and unit-only enums as string
/// enums. A type not found in the crate is an object. Nesting is bounded and recursive types stop at the repeat.
/// One instance reads one tool's schema: it carries that schema's budget.
/// </summary>
internal sealed class RustTypeSchema(RustCrateIndex crate, string currentPath, CancellationToken cancellation)
{
    private const int MaxDepth = 6;

    // Types written in terms of each other can fan out (a struct of ten fields of a struct of ten fields...):
    // past this many types read for one schema, the rest are left open.
    private const int MaxTypes = 2000;

    private static readonly HashSet<string> Strings = new(StringComparer.Ordinal)
    {
        "String", "str", "char", "PathBuf", "Path", "Url", "Uuid", "DateTime", "NaiveDate", "NaiveDateTime", "OsString",
    };

    private static readonly HashSet<string> Integers = new(StringComparer.Ordinal)
    {
        "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
        "NonZeroU8", "NonZeroU16", "NonZeroU32", "NonZeroU64", "NonZeroUsize", "NonZeroI32", "NonZeroI64",
    };

    private static readonly HashSet<string> Arrays = new(StringComparer.Ordinal)
    {
        "Vec", "VecDeque", "HashSet", "BTreeSet", "IndexSet", "LinkedList", "BinaryHeap", "SmallVec",
    };

    private static readonly HashSet<string> Maps = new(StringComparer.Ordinal) { "HashMap", "BTreeMap", "IndexMap", "Map" };

    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "Box", "Arc", "Rc", "Cow", "RefCell", "Cell" };

    private readonly HashSet<string> visiting = new(StringComparer.Ordinal);
    private int typesLeft = MaxTypes;

    /// <summary>The object schema of the struct named <paramref name="name"/>, or null when the crate has no such struct.</summary>
    public ObjectSchemaBuilder? ForStruct(string name)
    {
        if (crate.FindType(name, currentPath) is not { IsEnum: false } declaration)
        {
            return null;
        }

        visiting.Add(name);
        try
        {
            return Struct(declaration, 0);
        }
        finally
        {
            visiting.Remove(name);
        }
    }

    /// <summary>The schema of the type starting at <paramref name="start"/> and whether it is an Option.</summary>
    public (JsonObject Schema, bool Optional) Type(TokenList tokens, int start, int end, int depth)
    {
        if (depth > MaxDepth || start >= end || --typesLeft < 0)
        {
            return ([], false);
        }

        var token = tokens[start];
        if (token.IsPunctuation("&") || token.IsPunctuation("&&") || token.IsIdentifier("mut") || token.IsIdentifier("dyn")
            || (token.Kind == TokenKind.Identifier && token.Value.StartsWith('\'')))
        {
            return Type(tokens, start + 1, end, depth);
        }

        if (token.IsPunctuation("["))
        {
            var close = tokens.MatchingClose(start);
            var array = Typed("array");
            array["items"] = Type(tokens, start + 1, close < 0 ? end : close, depth + 1).Schema;
            return (array, false);
        }

        if (token.Kind != TokenKind.Identifier)
        {
            return ([], false);
        }

        // A path a::b::Name<Args>: the last segment names the type.
        var nameIndex = start;
        while (tokens.IsPunctuation(nameIndex + 1, "::") && tokens[nameIndex + 2].IsIdentifier() && nameIndex + 2 < end)
        {
            nameIndex += 2;
        }

        var name = tokens[nameIndex].Value;
        var arguments = GenericArguments(tokens, nameIndex + 1, end);
        return Named(name, arguments, tokens, depth);
    }

    private (JsonObject Schema, bool Optional) Named(string name, List<TokenRange> arguments, TokenList tokens, int depth)
    {
        switch (name)
        {
            case var _ when Strings.Contains(name):
                return (Typed("string"), false);
            case var _ when Integers.Contains(name):
                return (Typed("integer"), false);
            case "f32" or "f64":
                return (Typed("number"), false);
            case "bool":
                return (Typed("boolean"), false);
            case "Value":
                return ([], false);
            case "Option" when arguments.Count == 1:
                return (Type(tokens, arguments[0].Start, arguments[0].End, depth + 1).Schema, true);
            case var _ when Wrappers.Contains(name) && arguments.Count > 0:
                return Type(tokens, arguments[^1].Start, arguments[^1].End, depth + 1);
            case var _ when Arrays.Contains(name):
                var array = Typed("array");
                if (arguments.Count > 0)
                {
                    array["items"] = Type(tokens, arguments[0].Start, arguments[0].End, depth + 1).Schema;
                }

                return (array, false);
            case var _ when Maps.Contains(name):
                return (Typed("object"), false);
        }

        if (visiting.Contains(name) || crate.FindType(name, currentPath) is not { } declaration)
        {
            return (Typed("object"), false);
        }

        visiting.Add(name);
        try
        {
            return declaration.IsEnum ? (Enum(declaration), false) : (Struct(declaration, depth + 1).ToJsonObject(), false);
        }
        finally
        {
            visiting.Remove(name);
        }
    }

    private ObjectSchemaBuilder Struct(RustTypeDeclaration declaration, int depth)
    {
        var schema = new ObjectSchemaBuilder();
        AddFields(schema, declaration, depth);
        return schema;
    }

    private void AddFields(ObjectSchemaBuilder schema, RustTypeDeclaration declaration, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var tokens = declaration.Tokens;
        var serde = Serde(tokens, declaration.Attributes);
        var renameAll = serde.TryGetValue("rename_all", out var rule) ? String(tokens, rule) : null;
        var allDefault = serde.ContainsKey("default");
        foreach (var field in tokens.SplitArguments(declaration.OpenBrace))
        {
            cancellation.ThrowIfCancellationRequested();
            if (--typesLeft < 0)
            {
                return;
            }

            var prelude = RustPrelude.Read(tokens, field.Start, field.End);
            var nameIndex = prelude.Next;
            if (!tokens[nameIndex].IsIdentifier() || !tokens.IsPunctuation(nameIndex + 1, ":"))
            {
                continue;
            }

            var fieldSerde = Serde(tokens, prelude.Attributes);
            if (fieldSerde.ContainsKey("skip") || fieldSerde.ContainsKey("skip_deserializing"))
            {
                continue;
            }

            var (property, optional) = Type(tokens, nameIndex + 2, field.End, depth + 1);
            if (fieldSerde.ContainsKey("flatten"))
            {
                Flatten(schema, tokens, nameIndex + 2, field.End, depth);
                continue;
            }

            var description = SchemarsDescription(tokens, prelude.Attributes) ?? prelude.Doc;
            if (!string.IsNullOrEmpty(description))
            {
                property["description"] = description;
            }

            var name = fieldSerde.TryGetValue("rename", out var rename) && String(tokens, rename) is { } renamed
                ? renamed
                : SerdeRenameRule.Apply(renameAll, tokens[nameIndex].Value);
            var notRequired = optional || allDefault || fieldSerde.ContainsKey("default") || fieldSerde.ContainsKey("skip_serializing_if");
            schema.Add(name, property, required: !notRequired);
        }
    }

    private void Flatten(ObjectSchemaBuilder schema, TokenList tokens, int start, int end, int depth)
    {
        var nameIndex = start;
        while (tokens.IsPunctuation(nameIndex + 1, "::") && nameIndex + 2 < end)
        {
            nameIndex += 2;
        }

        var name = tokens[nameIndex].Value;
        if (!visiting.Contains(name) && crate.FindType(name, currentPath) is { IsEnum: false } declaration)
        {
            visiting.Add(name);
            try
            {
                AddFields(schema, declaration, depth + 1);
            }
            finally
            {
                visiting.Remove(name);
            }
        }
    }

    // Only an enum of unit variants is a plain string enum; one with data is left open.
    private JsonObject Enum(RustTypeDeclaration declaration)
    {
        var tokens = declaration.Tokens;
        var serde = Serde(tokens, declaration.Attributes);
        var renameAll = serde.TryGetValue("rename_all", out var rule) ? String(tokens, rule) : null;
        var values = new JsonArray();
        foreach (var variant in tokens.SplitArguments(declaration.OpenBrace))
        {
            var prelude = RustPrelude.Read(tokens, variant.Start, variant.End);
            var nameIndex = prelude.Next;
            if (!tokens[nameIndex].IsIdentifier())
            {
                continue;
            }

            if (nameIndex + 1 < variant.End && !tokens.IsPunctuation(nameIndex + 1, "="))
            {
                return [];
            }

            var variantSerde = Serde(tokens, prelude.Attributes);
            if (variantSerde.ContainsKey("skip"))
            {
                continue;
            }

            var name = variantSerde.TryGetValue("rename", out var rename) && String(tokens, rename) is { } renamed
                ? renamed
                : SerdeRenameRule.Apply(renameAll, tokens[nameIndex].Value);
            values.Add(name);
        }

        var schema = Typed("string");
        schema["enum"] = values;
        return schema;
    }

    /// <summary>The type arguments of <c>Name&lt;A, B&gt;</c> when <paramref name="open"/> is the "&lt;".</summary>
    private static List<TokenRange> GenericArguments(TokenList tokens, int open, int end)
    {
        var arguments = new List<TokenRange>();
        if (!tokens.IsPunctuation(open, "<"))
        {
            return arguments;
        }

        var depth = 0;
        var start = open + 1;
        for (var i = open; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            switch (token.Value)
            {
                case "<":
                    depth++;
                    break;
                case ">":
                    if (--depth == 0)
                    {
                        if (i > start)
                        {
                            arguments.Add(new TokenRange(start, i));
                        }

                        return arguments;
                    }

                    break;
                case "," when depth == 1:
                    arguments.Add(new TokenRange(start, i));
                    start = i + 1;
                    break;
                case "(" or "[":
                    var close = tokens.MatchingClose(i);
                    i = close > i ? close : i;
                    break;
            }
        }

        return arguments;
    }

    private static Dictionary<string, TokenRange> Serde(TokenList tokens, IEnumerable<RustAttribute> attributes)
    {
        var merged = new Dictionary<string, TokenRange>(StringComparer.Ordinal);
        foreach (var attribute in attributes.Where(a => a.Name == "serde"))
        {
            foreach (var (key, value) in attribute.Arguments(tokens))
            {
                merged.TryAdd(key, value);
            }
        }

        return merged;
    }

    private string? SchemarsDescription(TokenList tokens, IEnumerable<RustAttribute> attributes)
    {
        foreach (var attribute in attributes.Where(a => a.Name is "schemars" or "schema"))
        {
            if (attribute.Arguments(tokens).TryGetValue("description", out var value) && String(tokens, value) is { } description)
            {
                return description;
            }
        }

        return null;
    }

    private string? String(TokenList tokens, TokenRange range) => tokens.TryReadString(range, crate.Constants, out var value) ? value : null;

    private static JsonObject Typed(string type) => new() { ["type"] = type };
}
