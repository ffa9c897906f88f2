using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Catalog.Crawler.Extraction.CSharp;

/// <summary>
/// Maps a C# parameter type, as written, to the JSON Schema type the MCP C# SDK would advertise for it.
/// Works on syntax only: a name it does not know is looked up as an enum (string), else it is an object.
/// </summary>
internal sealed class CSharpTypeMapper(Func<string, IReadOnlyList<string>?> findEnumMembers)
{
    private static readonly HashSet<string> IntegerNames = new(StringComparer.Ordinal)
    {
        "Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64", "Byte", "SByte", "IntPtr", "UIntPtr", "BigInteger", "Int128", "UInt128", "nint", "nuint",
    };

    private static readonly HashSet<string> NumberNames = new(StringComparer.Ordinal) { "Double", "Single", "Decimal", "Half" };

    private static readonly HashSet<string> StringNames = new(StringComparer.Ordinal)
    {
        "String", "Char", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "Guid", "Uri", "Version",
    };

    private static readonly HashSet<string> ArrayNames = new(StringComparer.Ordinal)
    {
        "List", "IList", "IEnumerable", "ICollection", "IReadOnlyList", "IReadOnlyCollection", "HashSet", "ISet", "IReadOnlySet",
        "SortedSet", "Collection", "ReadOnlyCollection", "ImmutableArray", "ImmutableList", "ImmutableHashSet", "Queue", "Stack",
        "JsonArray", "ArrayList",
    };

    private static readonly HashSet<string> ObjectNames = new(StringComparer.Ordinal)
    {
        "Dictionary", "IDictionary", "IReadOnlyDictionary", "ImmutableDictionary", "SortedDictionary", "ConcurrentDictionary", "JsonObject",
    };

    // Types whose values can be any JSON: no "type" keyword is written for them.
    private static readonly HashSet<string> AnyNames = new(StringComparer.Ordinal) { "Object", "JsonElement", "JsonNode", "JsonDocument", "dynamic" };

    /// <summary>
    /// A fresh schema for <paramref name="type"/> (type, items, enum; the caller adds the description) and whether
    /// the type admits null (T?, Nullable&lt;T&gt;).
    /// </summary>
    public (JsonObject Schema, bool Nullable) Map(TypeSyntax type) => Map(type, 0);

    private (JsonObject Schema, bool Nullable) Map(TypeSyntax type, int depth)
    {
        if (depth > 8)
        {
            return ([], false);
        }

        switch (type)
        {
            case NullableTypeSyntax nullable:
                return (Map(nullable.ElementType, depth + 1).Schema, true);
            case ArrayTypeSyntax array:
                return (Array(Map(array.ElementType, depth + 1).Schema), false);
            case PredefinedTypeSyntax predefined:
                return (Typed(Predefined(predefined.Keyword.Kind())), false);
            case QualifiedNameSyntax qualified:
                return Map(qualified.Right, depth + 1);
            case AliasQualifiedNameSyntax alias:
                return Map(alias.Name, depth + 1);
            case GenericNameSyntax generic:
                return Generic(generic, depth);
            case IdentifierNameSyntax identifier:
                return (Named(identifier.Identifier.ValueText), false);
            default:
                return (Typed("object"), false);
        }
    }

    private (JsonObject Schema, bool Nullable) Generic(GenericNameSyntax generic, int depth)
    {
        var typeName = generic.Identifier.ValueText;
        var arguments = generic.TypeArgumentList.Arguments;
        if (typeName == "Nullable" && arguments.Count == 1)
        {
            return (Map(arguments[0], depth + 1).Schema, true);
        }

        if (ArrayNames.Contains(typeName) || typeName == "IAsyncEnumerable")
        {
            return (Array(arguments.Count == 1 ? Map(arguments[0], depth + 1).Schema : null), false);
        }

        return (Typed("object"), false);
    }

    private static JsonObject Typed(string? type) => type is null ? [] : new JsonObject { ["type"] = type };

    private static JsonObject Array(JsonObject? items)
    {
        var schema = Typed("array");
        if (items is not null)
        {
            schema["items"] = items;
        }

        return schema;
    }

    private JsonObject Named(string typeName)
    {
        if (StringNames.Contains(typeName))
        {
            return Typed("string");
        }

        if (IntegerNames.Contains(typeName))
        {
            return Typed("integer");
        }

        if (NumberNames.Contains(typeName))
        {
            return Typed("number");
        }

        if (typeName == "Boolean")
        {
            return Typed("boolean");
        }

        if (AnyNames.Contains(typeName))
        {
            return Typed(null);
        }

        if (ArrayNames.Contains(typeName))
        {
            return Typed("array");
        }

        if (ObjectNames.Contains(typeName))
        {
            return Typed("object");
        }

        var members = findEnumMembers(typeName);
        if (members is null)
        {
            return Typed("object");
        }

        var schema = Typed("string");
        schema["enum"] = new JsonArray([.. members.Select(m => JsonValue.Create(m))]);
        return schema;
    }

    private static string? Predefined(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.StringKeyword or SyntaxKind.CharKeyword => "string",
        SyntaxKind.BoolKeyword => "boolean",
        SyntaxKind.DoubleKeyword or SyntaxKind.FloatKeyword or SyntaxKind.DecimalKeyword => "number",
        SyntaxKind.IntKeyword or SyntaxKind.LongKeyword or SyntaxKind.ShortKeyword or SyntaxKind.ByteKeyword
            or SyntaxKind.SByteKeyword or SyntaxKind.UIntKeyword or SyntaxKind.ULongKeyword or SyntaxKind.UShortKeyword => "integer",
        _ => null,
    };
}
