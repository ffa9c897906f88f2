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

    /// <summary>The schema for <paramref name="type"/> and whether the type admits null (T?, Nullable&lt;T&gt;).</summary>
    public (SchemaProperty Schema, bool Nullable) Map(string name, TypeSyntax type) => Map(name, type, 0);

    private (SchemaProperty Schema, bool Nullable) Map(string name, TypeSyntax type, int depth)
    {
        if (depth > 8)
        {
            return (new SchemaProperty(name, null), false);
        }

        switch (type)
        {
            case NullableTypeSyntax nullable:
                return (Map(name, nullable.ElementType, depth + 1).Schema, true);
            case ArrayTypeSyntax array:
                return (new SchemaProperty(name, "array") { Items = Map(name, array.ElementType, depth + 1).Schema }, false);
            case PredefinedTypeSyntax predefined:
                return (new SchemaProperty(name, Predefined(predefined.Keyword.Kind())), false);
            case QualifiedNameSyntax qualified:
                return Map(name, qualified.Right, depth + 1);
            case AliasQualifiedNameSyntax alias:
                return Map(name, alias.Name, depth + 1);
            case GenericNameSyntax generic:
                return Generic(name, generic, depth);
            case IdentifierNameSyntax identifier:
                return (Named(name, identifier.Identifier.ValueText), false);
            default:
                return (new SchemaProperty(name, "object"), false);
        }
    }

    private (SchemaProperty Schema, bool Nullable) Generic(string name, GenericNameSyntax generic, int depth)
    {
        var typeName = generic.Identifier.ValueText;
        var arguments = generic.TypeArgumentList.Arguments;
        if (typeName == "Nullable" && arguments.Count == 1)
        {
            return (Map(name, arguments[0], depth + 1).Schema, true);
        }

        if (ArrayNames.Contains(typeName) || typeName == "IAsyncEnumerable")
        {
            var items = arguments.Count == 1 ? Map(name, arguments[0], depth + 1).Schema : null;
            return (new SchemaProperty(name, "array") { Items = items }, false);
        }

        return (new SchemaProperty(name, "object"), false);
    }

    private SchemaProperty Named(string name, string typeName)
    {
        if (StringNames.Contains(typeName))
        {
            return new SchemaProperty(name, "string");
        }

        if (IntegerNames.Contains(typeName))
        {
            return new SchemaProperty(name, "integer");
        }

        if (NumberNames.Contains(typeName))
        {
            return new SchemaProperty(name, "number");
        }

        if (typeName == "Boolean")
        {
            return new SchemaProperty(name, "boolean");
        }

        if (AnyNames.Contains(typeName))
        {
            return new SchemaProperty(name, null);
        }

        if (ArrayNames.Contains(typeName))
        {
            return new SchemaProperty(name, "array");
        }

        if (ObjectNames.Contains(typeName))
        {
            return new SchemaProperty(name, "object");
        }

        var members = findEnumMembers(typeName);
        return members is null ? new SchemaProperty(name, "object") : new SchemaProperty(name, "string") { Enum = members };
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
